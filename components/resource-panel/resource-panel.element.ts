// <haven-resource-panel>, declared once: `npm run generate` builds the central lists from this.
import { declareElement } from '../../src/element-declaration.js';
import { resourcePanelExamples } from './resource-panel.examples.js';
import { resourcePanelStrings } from './resource-panel.strings.js';

export default declareElement({
  tag: 'haven-resource-panel',
  className: 'HavenResourcePanel',
  title: 'Resource panel',
  examples: resourcePanelExamples,
  strings: resourcePanelStrings,
  size: {
    group: 'resource panel',
    budget: 5.25 * 1024,
    target: 4 * 1024,
    raised:
      'both elements add our format and HSDS 3.0 readers, schedules read in an IANA zone with Intl, the safety taxonomy in words with "not stated", the filter form and 60 English strings (0.75 KB).',
  },
  lint: { keywords: ['heading-level'] },
});
