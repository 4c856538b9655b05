// The Spanish words of <haven-therapist-callout>, loaded only by pages that show Spanish.
import type { therapistCalloutStrings } from '../../../components/therapist-callout/therapist-callout.strings.js';

export const therapistCalloutStringsEs: typeof therapistCalloutStrings = {
  guideHeading: 'Cómo encontrar terapeutas competentes',
  does: 'Quien da terapia con competencia',
  doesnt: 'Quien da terapia con competencia evita',
  ask: 'Preguntas para hacer',
  where: 'Dónde buscar',
  sessions: 'Sesiones',
  area: 'Dónde',
  languages: 'Idiomas',
  newClients: 'Clientes nuevos',
  fees: 'Tarifas',
  phoneNumber: 'Teléfono',
  online: 'En línea',
  'in-person': 'En persona',
  phone: 'Por teléfono',
  accepting: 'Acepta clientes nuevos',
  notAccepting: 'No acepta clientes nuevos',
  call: 'Llamar al',
  book: 'Agendar una sesión',
  email: 'Correo electrónico',
  website: 'Sitio web',
  confidentiality: 'Límites de la confidencialidad',
  askConfidentiality:
    'Pregunta por los límites de la confidencialidad: ¿qué tendrían que reportar, y reportarían lo que cuentes sobre tu trabajo?',
  calloutPartial: 'Algunos datos no se pudieron mostrar.',
};
