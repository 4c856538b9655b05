// The Spanish words of <haven-quick-exit>, loaded only by pages that show Spanish. "Shift" is the
// key's name on the keyboards US Spanish speakers use.
import type { quickExitStrings } from './quick-exit.strings.js';

export const quickExitStringsEs: typeof quickExitStrings = {
  quickExitLandmark: 'Salida rápida',
  quickExit: 'Salir de esta página',
  quickExitNeutral: 'Salir',
  quickExitNeutralHint: 'rápido de esta página',
  quickExitMore: {
    one: 'Shift: presiona {n} vez más para salir.',
    other: 'Shift: presiona {n} veces más para salir.',
  },
  quickExitExpired: 'Se acabó el tiempo para salir con Shift.',
  quickExitLoading: 'Cargando.',
  quickExitTitle: 'Cargando',
};
