import type { ExampleSet } from '../../src/examples.js';

/** 10:00 on a Monday in Los Angeles, so the status is the same in every run. */
const NOW = '2026-11-30T18:00:00Z';

export const resourceExamples: ExampleSet = {
  tag: 'haven-resource',
  examples: [
    {
      name: 'default',
      description:
        'One made-up service on its own: the description is the element’s content, so it reads without JavaScript.',
      attrs: {
        name: 'Example Peer Line',
        needs: 'peer-support',
        phone: '555-555-0101',
        text: '555-555-0102',
        hours: 'MO-FR 09:00-21:00',
        'time-zone': 'America/Los_Angeles',
        'emergency-dispatch': 'on-request',
        anonymous: 'yes',
        'peer-led': 'yes',
        checked: '2026-11-02',
        source: 'https://example.org/peer-line',
        now: NOW,
      },
      children: '<p>Talk or text with someone who has done sex work.</p>',
    },
    {
      name: 'not-stated',
      description:
        'Only a name and a number: every safety fact reads "not stated: ask before you share details".',
      attrs: { name: 'Example Listing', phone: '555-555-0199' },
    },
    {
      name: 'free-text-hours',
      description:
        'Hours that are not in the schedule syntax, or have no IANA zone, are shown as given without a status.',
      attrs: { name: 'Example Office', hours: 'Most weekdays; call first', 'heading-level': 2 },
    },
    {
      name: 'no-name',
      description: 'Without a name: a neutral note and one console warning.',
      attrs: { phone: '555-555-0198' },
      hidden: true,
      warns: 'has no name',
    },
  ],
};
