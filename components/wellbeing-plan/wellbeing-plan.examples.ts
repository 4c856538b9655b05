import { jsonChild as json, type ExampleSet } from '../../src/examples.js';

const OWN = {
  values: ['My children', 'Faith'],
  areas: [
    { label: 'Money', suggestions: ['A cushion for quiet months', 'A free budgeting course'] },
  ],
  review: ['Before the holidays'],
};

const HOSTILE = '<img src=x onerror="window.__havenPwned=1"><script>window.__havenPwned=1</script>';

export const wellbeingPlanExamples: ExampleSet = {
  tag: 'haven-wellbeing-plan',
  trust: { json: OWN, idAttributes: ['areas'] },
  examples: [
    {
      name: 'default',
      description:
        'Three steps (values, goals by area of the well-being table, when to look again), then a plan to print or copy. Keeps nothing.',
    },
    {
      name: 'areas',
      description: 'Goals in chosen areas of the well-being table, in a chosen order.',
      attrs: { areas: 'mental-emotional social-support' },
    },
    {
      name: 'heading',
      description: 'A heading of your own (the default, "My plan", stays neutral on purpose).',
      attrs: { heading: 'Looking after me', areas: 'physical-health' },
    },
    {
      name: 'editor-json',
      description:
        'Prompts of your own from a JSON child: more values, an area with its own ideas, another time to look again.',
      children: json(OWN),
    },
    {
      name: 'no-js-fallback',
      description:
        'Text an editor writes inside the element: read before (or without) JavaScript, then replaced by the form.',
      attrs: { areas: 'physical-health social-support' },
      children:
        '<p>A plan for you, to print and fill in by hand: 1. What matters to you? 2. One small goal for your health, your mind, your support. 3. When will you look at it again?</p>',
    },
    {
      name: 'narrow',
      description: 'In a narrow container (a 20rem sidebar): fields and buttons fit and wrap.',
      maxWidth: '20rem',
      attrs: { areas: 'harm-reduction' },
    },
    {
      name: 'invalid-json',
      description:
        'JSON that does not parse: the built-in prompts, a neutral note and one console warning.',
      children: '<script type="application/json">{"values": ["Rest"</script>',
      warns: 'not valid JSON',
    },
    {
      name: 'invalid-items',
      description: 'Unusable items are skipped with a neutral note and one console warning.',
      children: json({ values: ['Rest', 42], areas: [{ suggestions: ['x'] }] }),
      warns: '"values" must be a list of at most 20 texts',
    },
    {
      name: 'unknown-areas',
      description: 'Unknown area ids are skipped with one warning; the known ones show.',
      attrs: { areas: 'social-support astrology' },
      hidden: true,
      warns: 'unknown area id(s) "astrology" skipped',
    },
    {
      name: 'hostile-json',
      description: 'Markup in every prompt stays text; nothing executes.',
      children: json({
        values: [HOSTILE],
        areas: [{ label: HOSTILE, suggestions: [HOSTILE] }],
        review: [HOSTILE],
      }),
      attrs: { heading: HOSTILE },
      hidden: true,
    },
    {
      name: 'long-text',
      description: 'Very long words wrap without overflowing.',
      children: json({
        values: ['Averyveryverylongwordwithoutanybreak'.repeat(5)],
        areas: [{ label: 'x '.repeat(99), suggestions: ['y'.repeat(199)] }],
      }),
      maxWidth: '20rem',
      hidden: true,
    },
  ],
};
