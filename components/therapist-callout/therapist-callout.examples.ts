import { jsonChild as json, type ExampleSet } from '../../src/examples.js';

/**
 * The Irvine practice (seed 004, its own article): only what it says of itself, in its spelling
 * ("counseling"). It publishes no fees, languages or limits of confidentiality there, so none are
 * invented, and no example promises confidentiality on its behalf. The article names the city
 * only; the state is added to the area so that `areaServed` names one place.
 */
const GREY_INSIGHT = {
  name: 'Grey Insight',
  description: 'Online counseling for sex workers, from a practice in Irvine.',
  sessions: 'online',
  area: 'Irvine, California',
  phone: '714-975-8893',
};

/** A made-up practice (555-01xx numbers are reserved for fiction), for details no real one published. */
const MADE_UP = {
  name: 'Example Counseling',
  sessions: 'online',
  area: 'Nevada',
  phone: '(714) 555-0134',
};

/** A made-up practice that sets every field (555-01xx numbers are reserved for fiction). */
const EVERY = {
  id: 'example-counseling',
  name: 'Example Counseling',
  description: 'Short-term and ongoing therapy with counselors who know the sex trade.',
  sessions: ['online', 'in-person', 'phone'],
  area: ['California', 'Nevada'],
  languages: ['English', 'Spanish'],
  accepting: true,
  fees: 'Sliding scale from $40 a session; the first call is free.',
  phone: '(714) 555-0134',
  website: 'https://example.org/',
  booking: 'https://example.org/book',
  email: 'hello@example.org',
  confidentiality:
    'What you tell us is confidential within the limits of the law. We must report suspected abuse of anyone under 18, we act if someone is in immediate danger, and a court can order our records. Doing sex work is not, by itself, something we have to report. We keep short session notes; ask us what they contain and who can see them.',
};

export const therapistCalloutExamples: ExampleSet = {
  tag: 'haven-therapist-callout',
  trust: { json: EVERY },
  examples: [
    {
      name: 'practice',
      description:
        'A practice promoting itself: name, description, sessions, area, phone as text and as the call to action, the advice to ask about confidentiality, the short checklist, JSON-LD.',
      attrs: { ...GREY_INSIGHT, 'structured-data': true },
    },
    {
      name: 'guide',
      description:
        'Guide mode (no practice): what a competent therapist does and does not do, the questions to ask, and where to look.',
    },
    {
      name: 'minimal',
      description: 'Only a name and a phone number.',
      attrs: { name: 'Grey Insight', phone: '714-975-8893', checklist: 'none' },
    },
    {
      name: 'every-option',
      description:
        'Every field, from a JSON child a CMS editor pasted, with the full checklist; a paragraph shows before JavaScript runs.',
      attrs: { checklist: 'full', 'heading-level': 2, 'structured-data': true },
      children: `<p>Example Counseling: call (714) 555-0134.</p>${json(EVERY)}`,
    },
    {
      name: 'not-accepting',
      description: 'A practice that is not taking new clients at the moment.',
      attrs: {
        ...MADE_UP,
        accepting: 'no',
        languages: 'English, Spanish',
        website: 'https://example.org/',
      },
    },
    {
      name: 'checklist-none',
      description: "Only the practice's details, no checklist.",
      attrs: { ...MADE_UP, checklist: 'none', fees: 'Sliding scale; ask on the phone.' },
    },
    {
      name: 'invalid-input',
      description:
        'A malformed phone number and an unsafe link are left out, with one console warning and a neutral note.',
      attrs: { name: 'Grey Insight', phone: 'call us', website: 'http://example.org/' },
      warns: 'phone "call us" is not a phone number',
    },
    {
      name: 'invalid-json',
      description: 'JSON that does not parse: the guide, a neutral note and one console warning.',
      children:
        '<p>Grey Insight: call 714-975-8893.</p><script type="application/json">{"name": "Grey Insight", </script>',
      warns: 'not valid JSON',
    },
    {
      name: 'unknown-mode',
      description: 'An unknown mode is read as auto, with one console warning.',
      attrs: { ...GREY_INSIGHT, mode: 'horoscope' },
      hidden: true,
      warns: 'mode="horoscope" is not auto, practice or guide',
    },
    {
      name: 'long-text',
      description: 'Very long text and words wrap without overflowing.',
      attrs: {
        name: 'Averyveryverylongpracticenamewithoutanybreak'.repeat(3),
        description: 'Long description with ordinary words. '.repeat(40),
        languages: Array.from({ length: 30 }, (_, i) => `Language ${i + 1}`).join(', '),
        fees: 'x'.repeat(300),
        phone: '714-975-8893',
      },
      hidden: true,
    },
  ],
};
