import type { ExampleSet } from '../../src/examples.js';

const SAFE = 'rel="nofollow noopener noreferrer" referrerpolicy="no-referrer"';

export const quickExitExamples: ExampleSet = {
  tag: 'haven-quick-exit',
  examples: [
    {
      name: 'default',
      description:
        'The built-in link to a weather page: click, tap or Shift three times. Place it first in the body.',
    },
    {
      name: 'neutral',
      description:
        'A neutral visible word ("Leave"); screen readers hear "Leave this page quickly".',
      attrs: { neutral: true },
    },
    {
      name: 'own-destination',
      description: "The practice's own neutral destination (https only).",
      attrs: { href: 'https://en.wikipedia.org/wiki/Weather' },
    },
    {
      name: 'editor-link',
      description:
        "An editor's own link, which works before JavaScript runs; its text is the label.",
      children: `<a href="https://www.weather.gov/" ${SAFE}>Exit this page</a>`,
    },
    {
      name: 'preview',
      description: "Inert, for an editor's preview: clicks and Shift presses do nothing.",
      attrs: { preview: true },
    },
    {
      name: 'unsafe-href',
      description: 'An address that is not https: the default destination and one warning.',
      attrs: { href: 'http://example.org/' },
      hidden: true,
      warns: 'href "http://example.org/" is not an https address',
    },
    {
      name: 'unsafe-editor-link',
      description:
        "An editor's link to a non-https address is pointed at the default, with a warning.",
      children: `<a href="http://example.net/" ${SAFE}>Leave</a>`,
      hidden: true,
      warns: 'href "http://example.net/" is not an https address',
    },
  ],
};
