import { HavenWellbeingPlan } from './wellbeing-plan.component.js';
import '../../src/content/builtin-tables.js';

export { HavenWellbeingPlan };
HavenWellbeingPlan.define('haven-wellbeing-plan');

declare global {
  interface HTMLElementTagNameMap {
    'haven-wellbeing-plan': HavenWellbeingPlan;
  }
}
