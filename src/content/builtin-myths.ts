// Registers the built-in English myth/fact items. Imported by the entry points that ship content.
import { myths } from './generated/myths.en.js';
import { registerMyths } from './registry.js';

registerMyths(myths);
