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
  content: ['myths'],
  size: {
    group: 'myth/fact cards',
    budget: 12.25 * 1024,
    raised:
      'alone, the cards carry Lit (5.3 KB), the shared core and all 14 built-in myth texts (2.5 KB); 9 KB was set before the content, sources and review dates were counted.',
    alone: true,
  },
});
