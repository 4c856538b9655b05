// The Spanish words of <haven-wellbeing-table>, loaded only by pages that show Spanish.
import type { wellbeingTableStrings } from '../../../components/wellbeing-table/wellbeing-table.strings.js';

export const wellbeingTableStringsEs: typeof wellbeingTableStrings = {
  wellbeingCaption: 'Estrategias de afrontamiento, por área',
  wellbeingColumns: ['Área', 'Estrategias', 'Ejemplos y recursos'],
  barriersCaption: 'Barreras para recibir apoyo y cómo superarlas',
  barriersColumns: ['Barrera', 'Cómo afecta', 'Cómo superarla'],
  tablePartial: 'Algunas filas no se pudieron mostrar.',
  tableEmpty: 'Todavía no hay nada que mostrar en esta tabla.',
};
