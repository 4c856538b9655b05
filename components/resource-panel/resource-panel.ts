import { HavenResourcePanel } from './resource-panel.component.js';
import '../resource/resource.js';

export { HavenResourcePanel };
HavenResourcePanel.define('haven-resource-panel');

declare global {
  interface HTMLElementTagNameMap {
    'haven-resource-panel': HavenResourcePanel;
  }
}
