// <haven-resource>, declared once: `npm run generate` builds the central lists from this.
import { declareElement } from '../../src/element-declaration.js';
import { resourceExamples } from './resource.examples.js';
import { resourceStrings } from './resource.strings.js';

export default declareElement({
  tag: 'haven-resource',
  className: 'HavenResource',
  title: 'Resource',
  examples: resourceExamples,
  strings: resourceStrings,
  size: { group: 'resource panel' },
  lint: { keywords: ['heading-level', 'phone', 'email'] },
});
