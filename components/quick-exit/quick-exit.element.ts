// <haven-quick-exit>, declared once: `npm run generate` builds the central lists from this.
import { declareElement } from '../../src/element-declaration.js';
import { quickExitExamples } from './quick-exit.examples.js';
import { quickExitStrings } from './quick-exit.strings.js';

export default declareElement({
  tag: 'haven-quick-exit',
  className: 'HavenQuickExit',
  title: 'Quick exit',
  examples: quickExitExamples,
  strings: quickExitStrings,
  // A click in the docs must not leave Storybook.
  storyAttrs: { preview: true },
  size: { group: 'quick exit', budget: 2 * 1024 },
});
