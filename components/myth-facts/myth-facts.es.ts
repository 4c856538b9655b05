// The Spanish of <haven-myth-facts>: its words, and its cards' (see docs/translators.md). Pages
// that show no Spanish never load this module.
import { addStrings } from '../../src/i18n/index.js';
import { es } from '../../src/i18n/es.js';
import { mythFactsStringsEs } from './myth-facts.strings.es.js';
import '../myth-fact/myth-fact.es.js';

addStrings({ ...es, mythFacts: mythFactsStringsEs }, 'es');
