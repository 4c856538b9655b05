// <haven-therapist-callout>, declared once: `npm run generate` builds the central lists from this.
import { declareElement } from '../../src/element-declaration.js';
import { therapistCalloutExamples } from './therapist-callout.examples.js';
import { therapistCalloutStrings } from './therapist-callout.strings.js';

export default declareElement({
  tag: 'haven-therapist-callout',
  className: 'HavenTherapistCallout',
  types: ['Practice'],
  title: 'Therapist callout',
  fallbackChildren: true,
  examples: therapistCalloutExamples,
  strings: therapistCalloutStrings,
  content: ['competence'],
  size: { group: 'therapist callout', budget: 3 * 1024 },
  lint: {
    keywords: [
      'mode',
      'checklist',
      'heading-level',
      'practice-id',
      'phone',
      'email',
      'sessions',
      'accepting',
    ],
  },
});
