// The Spanish of <haven-myth-fact>: its words and the built-in Spanish cards (see
// docs/translators.md). Pages that show no Spanish never load this module.
import { addStrings } from '../../src/i18n/index.js';
import { es } from '../../src/i18n/es.js';
import { mythFactStringsEs } from './myth-fact.strings.es.js';
import '../../src/content/builtin-myths.es.js';

addStrings({ ...es, mythFact: mythFactStringsEs }, 'es');
