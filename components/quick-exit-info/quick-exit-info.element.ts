// <haven-quick-exit-info>, declared once: `npm run generate` builds the central lists from this.
import { declareElement } from '../../src/element-declaration.js';
import { quickExitInfoExamples } from './quick-exit-info.examples.js';
import { quickExitInfoStrings } from './quick-exit-info.strings.js';

export default declareElement({
  tag: 'haven-quick-exit-info',
  className: 'HavenQuickExitInfo',
  title: 'Quick exit info',
  examples: quickExitInfoExamples,
  strings: quickExitInfoStrings,
  size: { group: 'quick exit' },
});
