// The Spanish of <haven-resource>: its words (see docs/translators.md). Pages that show no Spanish
// never load this module.
import { addStrings } from '../../src/i18n/index.js';
import { es } from '../../src/i18n/es.js';
import { resourceStringsEs } from './resource.strings.es.js';

addStrings({ ...es, resource: resourceStringsEs }, 'es');
