// Registers the built-in English table rows: well-being areas and barriers to support.
import { wellbeing } from './generated/wellbeing.en.js';
import { barriers } from './generated/barriers.en.js';
import { registerRows } from './registry.js';

registerRows([...wellbeing, ...barriers]);
