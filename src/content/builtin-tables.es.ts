// Registers the built-in Spanish table rows: well-being areas and barriers to support.
import { wellbeing } from './generated/wellbeing.es.js';
import { barriers } from './generated/barriers.es.js';
import { registerRows } from './registry.js';

registerRows([...wellbeing, ...barriers], 'es');
