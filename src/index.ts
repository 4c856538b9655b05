// The public API for developers: classes, types and content helpers. Importing this module
// registers no element; import `haven-widgets/define.js` or a per-element entry for that.
export { HavenMythFact } from '../components/myth-fact/myth-fact.component.js';
export { HavenMythFacts } from '../components/myth-facts/myth-facts.component.js';
export { HavenQuickExit } from '../components/quick-exit/quick-exit.component.js';
export { HavenQuickExitInfo } from '../components/quick-exit-info/quick-exit-info.component.js';
export { HavenWellbeingTable } from '../components/wellbeing-table/wellbeing-table.component.js';
export { HavenTherapistCallout } from '../components/therapist-callout/therapist-callout.component.js';
export { HavenWellbeingPlan } from '../components/wellbeing-plan/wellbeing-plan.component.js';
export type { Practice } from './internal/practice.js';
export { HavenElement } from './internal/haven-element.js';
export { registerMyths, getMyth, listMyths } from './content/registry.js';
export { registerRows, listRows } from './content/registry.js';
export { registerCompetence, listCompetence } from './content/registry.js';
export { TOPICS } from './content/schema.js';
export type { MythItem, Source, Topic } from './content/schema.js';
export type { TableRow } from './content/schema.js';
export type { CompetenceItem, CompetenceKind } from './content/schema.js';
export { setStrings, strings } from './i18n/index.js';
export type { HavenStrings } from './i18n/index.js';
export type {
  HavenContactDetail,
  HavenEventMap,
  HavenExitDetail,
  HavenRevealDetail,
} from './events.js';
