import { HavenTherapistCallout } from './therapist-callout.component.js';
import '../../src/content/builtin-competence.js';

export { HavenTherapistCallout };
HavenTherapistCallout.define('haven-therapist-callout');

declare global {
  interface HTMLElementTagNameMap {
    'haven-therapist-callout': HavenTherapistCallout;
  }
}
