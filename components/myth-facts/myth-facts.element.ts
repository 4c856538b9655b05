// <haven-myth-facts>, declared once: `npm run generate` builds the central lists from this.
import { declareElement } from '../../src/element-declaration.js';
import { mythFactsExamples } from './myth-facts.examples.js';
import { mythFactsStrings } from './myth-facts.strings.js';

export default declareElement({
  tag: 'haven-myth-facts',
  className: 'HavenMythFacts',
  title: 'Myth fact group',
  examples: mythFactsExamples,
  strings: mythFactsStrings,
  content: ['myths'],
  renders: ['myth-fact'],
  contentById: { attributes: ['ids', 'topic'], page: 'all' },
  size: { group: 'myth/fact cards' },
  lint: {
    keywords: ['ids', 'topic', 'heading-level'],
    checks: { ids: 'myth-ids', topic: 'topic' },
  },
});
