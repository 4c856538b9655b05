// The Spanish words of <haven-myth-facts>, loaded only by pages that show Spanish.
import type { mythFactsStrings } from '../../../components/myth-facts/myth-facts.strings.js';

export const mythFactsStringsEs: typeof mythFactsStrings = {
  groupEmpty: 'Todavía no hay tarjetas para mostrar aquí.',
};
