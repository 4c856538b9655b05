// The Spanish words of <haven-quick-exit-info>, loaded only by pages that show Spanish.
import type { quickExitInfoStrings } from './quick-exit-info.strings.js';

export const quickExitInfoStringsEs: typeof quickExitInfoStrings = {
  intro:
    'La salida rápida oculta esta página de inmediato y abre un sitio web neutral. También puedes presionar Shift 3 veces.',
  limits: 'La salida rápida no:',
  list: [
    'borra tu historial de navegación, tampoco esta página',
    'cierra otras pestañas',
    'borra el historial sincronizado en tus otros dispositivos',
    'oculta lo que registra un programa de monitoreo o una red',
    'borra las llamadas de tu registro de llamadas',
  ],
};
