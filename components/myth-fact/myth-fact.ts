import { HavenMythFact } from './myth-fact.component.js';
import '../../src/content/builtin-myths.js';

export { HavenMythFact };
HavenMythFact.define('haven-myth-fact');

declare global {
  interface HTMLElementTagNameMap {
    'haven-myth-fact': HavenMythFact;
  }
}
