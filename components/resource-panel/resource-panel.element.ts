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
  size: { group: 'resource panel', budget: 4 * 1024 },
});
