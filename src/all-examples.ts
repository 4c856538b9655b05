// Every element's examples, for the cross-cutting tests and the docs.
import { mythFactExamples } from '../components/myth-fact/myth-fact.examples.js';
import { mythFactsExamples } from '../components/myth-facts/myth-facts.examples.js';
import { wellbeingTableExamples } from '../components/wellbeing-table/wellbeing-table.examples.js';
import { quickExitExamples } from '../components/quick-exit/quick-exit.examples.js';
import { quickExitInfoExamples } from '../components/quick-exit-info/quick-exit-info.examples.js';
import { therapistCalloutExamples } from '../components/therapist-callout/therapist-callout.examples.js';
import { wellbeingPlanExamples } from '../components/wellbeing-plan/wellbeing-plan.examples.js';
import type { ExampleSet } from './examples.js';

export const allExamples: ExampleSet[] = [
  mythFactExamples,
  mythFactsExamples,
  wellbeingTableExamples,
  quickExitExamples,
  quickExitInfoExamples,
  therapistCalloutExamples,
  wellbeingPlanExamples,
];
