// The Spanish words of <haven-quick-exit-info>, loaded only by pages that show Spanish.
import type { quickExitInfoStrings } from '../../../components/quick-exit-info/quick-exit-info.strings.js';

export const quickExitInfoStringsEs: typeof quickExitInfoStrings = {
  intro:
    'La salida rápida oculta esta página de inmediato y abre un sitio web neutral. También puedes presionar Shift 3 veces.',
  limits: 'Lo que la salida rápida no hace:',
  // Cada punto lleva su propio "no": una lista se lee por partes, y un lector de pantalla la
  // recorre punto por punto.
  list: [
    'No borra tu historial de navegación: esta página sigue en él',
    'No cierra otras pestañas',
    'No borra el historial sincronizado en tus otros dispositivos',
    'No oculta lo que registra un programa de monitoreo o una red',
    'No borra las llamadas de tu registro de llamadas',
  ],
};
