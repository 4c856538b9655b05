// Registers the built-in Spanish myth/fact items. Imported by the entry points that ship content.
import { myths } from './generated/myths.es.js';
import { registerMyths } from './registry.js';

registerMyths(myths, 'es');
