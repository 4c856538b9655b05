import { HavenMythFacts } from './myth-facts.component.js';
import '../myth-fact/myth-fact.js';

export { HavenMythFacts };
HavenMythFacts.define('haven-myth-facts');

declare global {
  interface HTMLElementTagNameMap {
    'haven-myth-facts': HavenMythFacts;
  }
}
