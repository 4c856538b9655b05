// The Spanish words of <haven-wellbeing-plan> (tú for the visitor, US Spanish first; see
// DOMAIN.md "Spanish"), loaded only by pages that show Spanish.
import type { wellbeingPlanStrings } from './wellbeing-plan.strings.js';

export const wellbeingPlanStringsEs: typeof wellbeingPlanStrings = {
  planHeading: 'Mi plan',
  planIntro:
    'Tres pasos cortos y después una página para imprimir o copiar. Este formulario no guarda ni envía nada: lo que escribes se queda en esta pantalla hasta que lo borres o salgas.',
  planStep: 'Paso {n} de {total}',
  planValues: 'Lo que te importa',
  planValuesHint: 'Marca lo que vaya contigo y agrega lo tuyo.',
  planValueWords: [
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
  planValuesOwn: 'En tus propias palabras',
  planGoals: 'Tus metas',
  planGoalsHint:
    'En cualquier área, elige ideas de la tabla de estrategias para afrontar, o escribe una meta pequeña tuya.',
  planGoalOwn: 'Una meta tuya',
  planGoalOther: 'Algo más',
  planReview: 'Volver a mirarlo',
  planReviewHint: 'Las necesidades cambian. Elige cuándo volver a mirar tu plan para cambiarlo.',
  planReviewWords: [
    'En una semana',
    'En un mes',
    'Cuando algo cambie: el trabajo, la salud, la casa o la gente',
  ],
  planReviewOwn: 'Otro momento, o quién te podría ayudar',
  planBack: 'Atrás',
  planNext: 'Siguiente',
  planShow: 'Ver mi plan',
  planEdit: 'Cambiar respuestas',
  planPrint: 'Imprimir',
  planCopy: 'Copiar como texto',
  planClear: 'Borrar',
  planValuesDone: 'Lo que me importa',
  planGoalsDone: 'Mis metas',
  planReviewDone: 'Cuándo lo volveré a mirar',
  planNothing: 'Nada todavía.',
  planReady: {
    one: 'Tu plan está listo, con {n} meta.',
    other: 'Tu plan está listo, con {n} metas.',
  },
  planCopied: 'Copiado. Se queda en el portapapeles hasta que copies otra cosa.',
  planCopyFailed: 'No se pudo copiar. Selecciona el plan y cópialo tú.',
  planCleared: 'Borrado.',
  planShared:
    'En un dispositivo compartido: este formulario no guarda nada, pero sí pueden quedar una copia impresa, un PDF guardado, la cola de la impresora, el texto copiado y el historial del navegador con las páginas que visitaste. Guarda las copias impresas, borra los archivos guardados, copia otra cosa después y, si puedes, usa una ventana privada.',
  planPartial: 'Algunas sugerencias no se pudieron mostrar.',
};
