import { HavenQuickExitInfo } from './quick-exit-info.component.js';

export { HavenQuickExitInfo };
HavenQuickExitInfo.define('haven-quick-exit-info');

declare global {
  interface HTMLElementTagNameMap {
    'haven-quick-exit-info': HavenQuickExitInfo;
  }
}
