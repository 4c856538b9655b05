// The Spanish of <haven-wellbeing-table>: its words and the built-in Spanish rows (see
// docs/translators.md). Pages that show no Spanish never load this module.
import { addStrings } from '../../src/i18n/index.js';
import { es } from '../../src/i18n/es.js';
import { wellbeingTableStringsEs } from './wellbeing-table.strings.es.js';
import '../../src/content/builtin-tables.es.js';

addStrings({ ...es, wellbeingTable: wellbeingTableStringsEs }, 'es');
