// Registers the built-in Spanish "find a competent therapist" checklist and questions.
import { competence } from './generated/competence.es.js';
import { registerCompetence } from './registry.js';

registerCompetence(competence, 'es');
