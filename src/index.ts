// The public API for developers: classes, types and content helpers. Importing this module
// registers no element; import `haven-widgets/define.js` or a per-element entry for that.
export * from './generated/index.js';
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
