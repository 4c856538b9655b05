// The Spanish words of <haven-wellbeing-plan> (tú for the visitor, US Spanish first; see
// DOMAIN.md "Spanish"), loaded only by pages that show Spanish.
import type { wellbeingPlanStrings } from '../../../components/wellbeing-plan/wellbeing-plan.strings.js';

export const wellbeingPlanStringsEs: typeof wellbeingPlanStrings = {
  heading: 'Mi plan',
  intro:
    'Tres pasos cortos y después una página para imprimir o copiar. Este formulario no guarda ni envía nada: lo que escribes se queda en esta pantalla hasta que lo borres o salgas.',
  step: 'Paso {n} de {total}',
  values: 'Lo que te importa',
  valuesHint: 'Marca lo que vaya contigo y agrega lo tuyo.',
  valueWords: [
    'Salud',
    'Seguridad',
    'Independencia',
    'Descanso',
    'Familia',
    'Amistades',
    'Dinero y estabilidad',
    'Creatividad',
    'Respeto',
  ],
  valuesOwn: 'En tus propias palabras',
  goals: 'Tus metas',
  goalsHint:
    'En cualquier área, elige ideas de la tabla de estrategias de afrontamiento, o escribe una meta pequeña tuya.',
  goalOwn: 'Una meta tuya',
  goalOther: 'Algo más',
  review: 'Volver a mirarlo',
  reviewHint: 'Las necesidades cambian. Elige cuándo volver a mirar tu plan para cambiarlo.',
  reviewWords: [
    'En una semana',
    'En un mes',
    'Cuando algo cambie: el trabajo, la salud, la casa o la gente',
  ],
  reviewOwn: 'Otro momento, o quién te podría ayudar',
  back: 'Atrás',
  next: 'Siguiente',
  show: 'Ver mi plan',
  edit: 'Cambiar respuestas',
  print: 'Imprimir',
  copy: 'Copiar como texto',
  clear: 'Borrar',
  valuesDone: 'Lo que me importa',
  goalsDone: 'Mis metas',
  reviewDone: 'Cuándo lo volveré a mirar',
  nothing: 'Nada todavía.',
  ready: {
    one: 'Tu plan está listo, con {n} meta.',
    other: 'Tu plan está listo, con {n} metas.',
  },
  copied: 'Copiado. Se queda en el portapapeles hasta que copies otra cosa.',
  copyFailed: 'No se pudo copiar. Selecciona el plan y cópialo tú.',
  cleared: 'Borrado.',
  shared:
    'En un dispositivo compartido: este formulario no guarda nada, pero sí pueden quedar una copia impresa, un PDF guardado, la cola de la impresora, el texto copiado y el historial del navegador con las páginas que visitaste. Esconde las copias impresas, borra los archivos guardados, copia otra cosa después y, si puedes, usa una ventana privada.',
  partial: 'Algunas sugerencias no se pudieron mostrar.',
};
