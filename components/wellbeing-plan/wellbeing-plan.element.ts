// <haven-wellbeing-plan>, declared once: `npm run generate` builds the central lists from this.
import { declareElement } from '../../src/element-declaration.js';
import { wellbeingPlanExamples } from './wellbeing-plan.examples.js';
import { wellbeingPlanStrings } from './wellbeing-plan.strings.js';

export default declareElement({
  tag: 'haven-wellbeing-plan',
  className: 'HavenWellbeingPlan',
  title: 'Well-being plan',
  fallbackChildren: true,
  examples: wellbeingPlanExamples,
  strings: wellbeingPlanStrings,
  content: ['tables'],
  size: { group: 'well-being plan', budget: 3 * 1024 },
  lint: { keywords: ['areas', 'heading-level'] },
});
