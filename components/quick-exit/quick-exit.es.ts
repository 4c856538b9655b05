// The Spanish of <haven-quick-exit>: its words (see docs/translators.md). Pages
// that show no Spanish never load this module.
import { addStrings } from '../../src/i18n/index.js';
import { es } from '../../src/i18n/es.js';
import { quickExitStringsEs } from './quick-exit.strings.es.js';

addStrings({ ...es, quickExit: quickExitStringsEs }, 'es');
