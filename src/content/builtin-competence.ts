// Registers the built-in English "find a competent therapist" checklist and questions.
import { competence } from './generated/competence.en.js';
import { registerCompetence } from './registry.js';

registerCompetence(competence);
