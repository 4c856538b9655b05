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
  size: {
    group: 'myth/fact cards',
    budget: 13.5 * 1024,
    raised:
      'alone, the cards carry Lit (5.3 KB), the shared core and all 14 built-in myth texts (2.5 KB), and the language controller every element carries (about 1 KB, issue 14: Spanish); 9 KB was set before the content, sources and review dates were counted; review dates are written with the English month names instead of Intl.DateTimeFormat (about 0.07 KB), whose first use on a page costs Chromium 15-25 ms (bench/RESULTS.md).',
    alone: true,
  },
});
