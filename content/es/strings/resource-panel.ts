// The Spanish words of <haven-resource-panel>, loaded only by pages that show Spanish.
import type { resourcePanelStrings } from '../../../components/resource-panel/resource-panel.strings.js';

export const resourcePanelStringsEs: typeof resourcePanelStrings = {
  heading: 'Servicios',
  filters: 'Mostrar solo',
  needs: 'Ayuda con',
  noPolice: 'No llaman a la policía a menos que tú lo pidas',
  textChat: 'Mensajes de texto o chat',
  openNow: 'Abierto ahora',
  clear: 'Mostrar todo',
  // Chosen by the total: the words agree with it, whatever the number shown ("1 de 5").
  countOne: '{n} de {total} servicio mostrado',
  countOther: '{n} de {total} servicios mostrados',
  noMatch: 'Ningún servicio cumple con todo esto. Prueba con menos filtros.',
  empty: 'No hay servicios que mostrar.',
  partial: 'Algunas entradas no se pudieron mostrar.',
};
