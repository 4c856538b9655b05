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
  contentById: { attributes: ['content-id'], page: 'one id' },
  size: {
    group: 'myth/fact cards',
    budget: 13.5 * 1024,
    target: 9 * 1024,
    raised:
      'alone, the cards carry Lit (5.3 KB), the shared core and all 14 built-in myth texts (2.5 KB), and the language controller every element carries (about 1 KB, issue 14: Spanish); the 9 KB was set before the content, sources and review dates were counted; and the registry keeps the list of built-in ids the loader brings one at a time, so that a card waiting for its text says nothing.',
    alone: true,
  },
  lint: {
    keywords: ['content-id', 'heading-level', 'order', 'reviewed'],
    checks: { 'content-id': 'myth-ids' },
    reviewed: { without: 'content-id', slot: 'fact' },
  },
});
