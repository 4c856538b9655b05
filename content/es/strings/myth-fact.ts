// The Spanish words of <haven-myth-fact>, loaded only by pages that show Spanish.
import type { mythFactStrings } from '../../../components/myth-fact/myth-fact.strings.js';

export const mythFactStringsEs: typeof mythFactStrings = {
  fact: 'Dato',
  myth: 'Mito común',
  showExplanation: 'Por qué es falso',
  cardUnavailable: 'Esta tarjeta no está disponible en este momento.',
};
