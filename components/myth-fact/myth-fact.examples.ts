import type { ExampleSet } from '../../src/examples.js';

const LONG = 'A very long sentence that keeps going '.repeat(40).trim();

export const mythFactExamples: ExampleSet = {
  tag: 'haven-myth-fact',
  examples: [
    {
      name: 'default',
      description:
        'A built-in card: the fact as the heading, the labelled myth, why it is wrong, sources.',
      attrs: { 'content-id': 'myths/not-a-mental-illness' },
    },
    {
      name: 'collapsed',
      description: 'The explanation sits behind a "Why this is wrong" button (aria-expanded).',
      attrs: { 'content-id': 'myths/no-rescue-needed', collapsed: true },
    },
    {
      name: 'myth-first',
      description: 'The myth line comes first; the fact is still the heading and the card name.',
      attrs: { 'content-id': 'myths/many-kinds-of-work', order: 'myth-first' },
    },
    {
      name: 'heading-level-2',
      description: 'The fact as an h2, for a card that stands alone under the page title.',
      attrs: { 'content-id': 'myths/every-gender', 'heading-level': 2 },
    },
    {
      name: 'no-sources',
      description: 'Sources and review date hidden (for a space-constrained sidebar).',
      attrs: { 'content-id': 'myths/risk-varies', 'no-sources': true },
    },
    {
      name: 'editor-authored',
      description: "An editor's own card, readable before JavaScript runs: every part from slots.",
      attrs: { reviewed: '2026-10-01' },
      children: `<h3 slot="fact">Therapy can focus on whatever you came for.</h3>
<p slot="myth">A therapist will only want to talk about your work.</p>
<p>You set the goals. A good therapist follows them and talks about work only when you want to.</p>
<ul slot="sources"><li><a href="https://example.org/guidelines" rel="noopener noreferrer" referrerpolicy="no-referrer">Our practice's approach</a></li></ul>`,
    },
    {
      name: 'override-fact',
      description:
        'A built-in card whose fact an editor reworded in a slot; the rest stays built in.',
      attrs: { 'content-id': 'myths/stigma-not-the-work' },
      children: '<span slot="fact">Stigma, not the work itself, causes much of the harm.</span>',
    },
    {
      name: 'unknown-id',
      description: 'A misspelt content id: a neutral note and one console warning.',
      attrs: { 'content-id': 'myths/does-not-exist' },
      hidden: true,
      warns: 'unknown content-id "myths/does-not-exist"',
    },
    {
      name: 'renamed-id',
      description:
        'An id a card had before it was renamed: the card shows, and the console says once to use the new id.',
      attrs: { 'content-id': 'myths/leaving-is-not-the-goal' },
      hidden: true,
      warns: 'is now "myths/staying-or-leaving"',
    },
    {
      name: 'no-content',
      description: 'No content id and no slots: a neutral note and one warning.',
      hidden: true,
      warns: 'has no content',
    },
    {
      name: 'bad-heading-level',
      description: 'heading-level out of range falls back to 3 with a warning.',
      attrs: { 'content-id': 'myths/couples-therapy', 'heading-level': 9 },
      hidden: true,
      warns: 'heading-level="9" is not 2-6',
    },
    {
      name: 'bad-order',
      description: 'An unknown order falls back to fact-first with a warning.',
      attrs: { 'content-id': 'myths/mens-trauma', order: 'sideways' },
      hidden: true,
      warns: 'order="sideways"',
    },
    {
      name: 'long-text',
      description: 'Very long editor text wraps without overflowing.',
      children: `<span slot="fact">${LONG}</span><span slot="myth">${LONG}</span><p>${LONG}</p>`,
      hidden: true,
    },
    {
      name: 'hostile-text',
      description: 'Markup in slotted text stays text; nothing executes.',
      children:
        '<span slot="fact">&lt;img src=x onerror="window.__havenPwned=1"&gt; is text</span><span slot="myth">&lt;script&gt;window.__havenPwned=1&lt;/script&gt;</span>',
      hidden: true,
    },
  ],
};
