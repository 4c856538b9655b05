// The Spanish of <haven-quick-exit-info>: its words (see docs/translators.md). Pages
// that show no Spanish never load this module.
import { addStrings } from '../../src/i18n/index.js';
import { es } from '../../src/i18n/es.js';
import { quickExitInfoStringsEs } from './quick-exit-info.strings.es.js';

addStrings({ ...es, quickExitInfo: quickExitInfoStringsEs }, 'es');
