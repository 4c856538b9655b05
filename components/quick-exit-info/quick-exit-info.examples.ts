import type { ExampleSet } from '../../src/examples.js';

export const quickExitInfoExamples: ExampleSet = {
  tag: 'haven-quick-exit-info',
  examples: [
    {
      name: 'default',
      description:
        'What quick exit does and does not do, in the built-in words (localisable with setStrings).',
    },
    {
      name: 'practice-text',
      description: "The built-in text followed by the practice's own words.",
      children: '<p>Questions about privacy? Ask us at your first session.</p>',
    },
  ],
};
