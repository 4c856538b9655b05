// The Spanish words of <haven-quick-exit>, loaded only by pages that show Spanish. "Shift" is the
// key's name on the keyboards US Spanish speakers use.
import type { quickExitStrings } from '../../../components/quick-exit/quick-exit.strings.js';

export const quickExitStringsEs: typeof quickExitStrings = {
  landmark: 'Salida rápida',
  link: 'Salir de esta página',
  neutral: 'Salir',
  neutralHint: 'rápido de esta página',
  more: {
    one: 'Shift: presiona {n} vez más para salir.',
    other: 'Shift: presiona {n} veces más para salir.',
  },
  expired: 'Se acabó el tiempo para salir con Shift.',
  loading: 'Cargando.',
  title: 'Cargando',
};
