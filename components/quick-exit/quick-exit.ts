import { HavenQuickExit } from './quick-exit.component.js';

export { HavenQuickExit };
HavenQuickExit.define('haven-quick-exit');

declare global {
  interface HTMLElementTagNameMap {
    'haven-quick-exit': HavenQuickExit;
  }
}
