import type { ExampleSet } from '../../src/examples.js';

export const mythFactsExamples: ExampleSet = {
  tag: 'haven-myth-facts',
  examples: [
    {
      name: 'default',
      description: 'Every built-in card, under a heading, in a responsive grid.',
      attrs: { heading: 'Myths and facts about sex work and therapy' },
    },
    {
      name: 'topic',
      description: 'Only the cards of one topic, with an introduction.',
      attrs: {
        heading: 'What to expect from therapy',
        intro: 'Common assumptions, and what good therapy actually looks like.',
        topic: 'therapy',
      },
    },
    {
      name: 'ids',
      description: 'Chosen cards in a chosen order, collapsed to save space.',
      attrs: {
        ids: 'myths/every-gender myths/many-kinds-of-work myths/risk-varies',
        collapsed: true,
        heading: 'Who does sex work',
      },
    },
    {
      name: 'editor-cards',
      description: "The editor's own cards in the group's grid.",
      attrs: { heading: 'Questions we hear' },
      children: `<p slot="intro">Answers from our counselors.</p>
<haven-myth-fact heading-level="3" reviewed="2026-11-30"><span slot="fact">Sessions can be online.</span><span slot="myth">You have to come to an office to get therapy.</span><p>We meet by video or phone. Ask us what we write down, and when the law would make us share it.</p></haven-myth-fact>
<haven-myth-fact content-id="myths/you-may-already-have" heading-level="3"></haven-myth-fact>`,
    },
    {
      name: 'no-heading',
      description: 'No group heading: the cards use heading-level directly.',
      attrs: { ids: 'myths/not-a-mental-illness, myths/stigma-not-the-work', 'heading-level': 3 },
    },
    {
      name: 'unknown-topic',
      description: 'An unknown topic: a neutral note and one warning.',
      attrs: { topic: 'astrology' },
      hidden: true,
      warns: 'unknown topic "astrology"',
    },
    {
      name: 'some-unknown-ids',
      description: 'Unknown ids are skipped with one warning; the known cards show.',
      attrs: { ids: 'myths/every-gender myths/nope' },
      hidden: true,
      warns: 'unknown id(s) "myths/nope"',
    },
    {
      name: 'empty-ids',
      description: 'Only separators in ids: every card shows (as with no ids).',
      attrs: { ids: ' , ' },
      hidden: true,
    },
    {
      name: 'bad-heading-level',
      description: 'heading-level out of range falls back to the automatic level.',
      attrs: { heading: 'Facts', 'heading-level': 'seven', ids: 'myths/risk-varies' },
      hidden: true,
      warns: 'heading-level="seven" is not 2-6',
    },
  ],
};
