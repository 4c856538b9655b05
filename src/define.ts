// Registers every element with the built-in English content: the entry of `dist/haven.js`.
import '../components/myth-fact/myth-fact.js';
import '../components/myth-facts/myth-facts.js';
import '../components/wellbeing-table/wellbeing-table.js';
import '../components/quick-exit/quick-exit.js';
import '../components/quick-exit-info/quick-exit-info.js';
import '../components/therapist-callout/therapist-callout.js';
import '../components/wellbeing-plan/wellbeing-plan.js';

export * from './index.js';
