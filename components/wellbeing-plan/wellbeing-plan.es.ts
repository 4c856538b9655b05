// The Spanish of <haven-wellbeing-plan>: its words and the built-in Spanish well-being table, whose
// areas and strategies it offers (see docs/translators.md). Pages that show no Spanish never load
// this.
import { addStrings } from '../../src/i18n/index.js';
import { es } from '../../src/i18n/es.js';
import { wellbeingPlanStringsEs } from './wellbeing-plan.strings.es.js';
import '../../src/content/builtin-tables.es.js';

addStrings({ ...es, wellbeingPlan: wellbeingPlanStringsEs }, 'es');
