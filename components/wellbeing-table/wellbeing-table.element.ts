// <haven-wellbeing-table>, declared once: `npm run generate` builds the central lists from this.
import { declareElement } from '../../src/element-declaration.js';
import { wellbeingTableExamples } from './wellbeing-table.examples.js';
import { wellbeingTableStrings } from './wellbeing-table.strings.js';

export default declareElement({
  tag: 'haven-wellbeing-table',
  className: 'HavenWellbeingTable',
  title: 'Well-being table',
  examples: wellbeingTableExamples,
  strings: wellbeingTableStrings,
  content: ['tables'],
  size: { group: 'well-being table', budget: 2.5 * 1024 },
  lint: { keywords: ['table', 'areas'], checks: { table: 'table', areas: 'table-rows' } },
});
