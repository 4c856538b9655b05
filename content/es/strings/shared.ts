/**
 * The Spanish UI strings the elements share. Loaded only by pages that show Spanish, with the
 * Spanish words of an element (`content/es/strings/<name>.ts`).
 */
import type { en } from '../../../src/i18n/en.js';

export const es: typeof en = {
  sources: 'Fuentes',
  lastReviewed: 'Última revisión',
  date: '{day} de {month} de {year}',
  months: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
  guideline: { one: 'pauta', other: 'pautas' },
  couplesGuideline: { one: 'pauta para parejas', other: 'pautas para parejas' },
};
