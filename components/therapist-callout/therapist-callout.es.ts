// The Spanish of <haven-therapist-callout>: its words and the built-in Spanish checklist (see
// docs/translators.md). Pages that show no Spanish never load this module.
import { addStrings } from '../../src/i18n/index.js';
import { es } from '../../src/i18n/es.js';
import { therapistCalloutStringsEs } from './therapist-callout.strings.es.js';
import '../../src/content/builtin-competence.es.js';

addStrings({ ...es, therapistCallout: therapistCalloutStringsEs }, 'es');
