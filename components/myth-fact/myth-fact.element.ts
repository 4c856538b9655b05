// <haven-myth-fact>, declared once: `npm run generate` builds the central lists from this.
import { declareElement } from '../../src/element-declaration.js';
import { mythFactExamples } from './myth-fact.examples.js';
import { mythFactStrings } from './myth-fact.strings.js';

export default declareElement({
  tag: 'haven-myth-fact',
  className: 'HavenMythFact',
  title: 'Myth fact card',
  examples: mythFactExamples,
  strings: mythFactStrings,
  languages: ['es'],
  content: ['myths'],
  size: { group: 'myth/fact cards', budget: 9 * 1024, alone: true },
});
