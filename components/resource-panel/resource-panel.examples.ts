import { jsonChild as json, type ExampleSet } from '../../src/examples.js';

/** Monday 30 November 2026, 10:00 in Los Angeles: open/closed and staleness stay the same in every run. */
const NOW = '2026-11-30T18:00:00Z';

/**
 * Made-up services (555-01xx numbers are reserved for fiction; example.org is reserved too).
 * Each states a different mix of safety facts; what it leaves out reads "not stated".
 */
const PEER_LINE = {
  'resource-id': 'peer-line',
  name: 'Example Peer Line',
  description: 'Talk or text with someone who has done sex work, about anything.',
  needs: 'peer-support, crisis',
  phone: '(555) 555-0101',
  text: '555-555-0102',
  hours: 'MO-FR 09:00-21:00; SA 12:00-18:00',
  'time-zone': 'America/Los_Angeles',
  languages: 'English, Spanish',
  cost: 'Free',
  'emergency-dispatch': 'on-request',
  'mandatory-reporting': 'no',
  anonymous: 'yes',
  'id-required': 'no',
  'asks-immigration-status': 'no',
  'peer-led': 'yes',
  'sex-worker-led': 'yes',
  records: 'Call notes are kept for 30 days, without your name.',
  checked: '2026-11-02',
  source: 'https://example.org/peer-line',
};
const CLINIC = {
  'resource-id': 'clinic',
  name: 'Example Community Clinic',
  description: 'Sexual health testing and treatment; walk in or book.',
  needs: 'sexual-health, health',
  phone: '555-555-0110 ext. 4',
  url: 'https://example.org/clinic',
  hours: 'TU,TH 10:00-16:00',
  'time-zone': 'America/Los_Angeles',
  area: 'Example County',
  eligibility: 'Adults; no insurance needed.',
  how: 'Walk in, or call to book.',
  cost: 'Sliding scale',
  'emergency-dispatch': 'imminent-risk',
  'mandatory-reporting': 'yes',
  'id-required': 'no',
  checked: '2026-09-15',
  source: 'https://example.org/clinic/about',
};
const LEGAL = {
  'resource-id': 'legal',
  name: 'Example Legal Aid',
  needs: 'legal, immigration',
  email: 'help@example.org',
  hours: 'Weekday mornings, by appointment',
  'emergency-dispatch': 'never',
  'asks-immigration-status': 'yes',
  checked: '2026-10-01',
};

/** Attributes of a `<haven-resource>` child, as an editor or the CLI writes them. */
const child = (f: Record<string, string>, text = '') =>
  `<haven-resource ${Object.entries(f)
    .filter(([k]) => k !== 'description')
    .map(([k, v]) => `${k}="${v}"`)
    .join(' ')}>${text || f.description || ''}</haven-resource>`;

/** The same services in HSDS 3.0, the safety facts as attributes under our taxonomy. */
const term = (code: string, value: string) => ({
  value,
  taxonomy_term: { code, name: code, taxonomy: 'haven-resource' },
});
const HSDS_SERVICE = {
  id: 'b8f5c3d2-0000-4000-8000-000000000001',
  name: 'Example Drop-in Center',
  description: 'Showers, meals, harm-reduction supplies and a quiet room.',
  url: 'http://example.org/drop-in',
  status: 'active',
  assured_date: '2026-08-20',
  last_modified: '2026-11-01T09:00:00Z',
  fees_description: 'Free',
  eligibility_description: 'Anyone 18 or older.',
  application_process: 'Walk in during opening hours.',
  service_areas: [{ name: 'Example City' }],
  languages: [{ name: 'English' }, { name: 'Portuguese' }],
  phones: [
    { number: '"555 555 0120"', extension: 2, type: 'voice' },
    { number: '555-555-0121', type: 'text' },
  ],
  schedules: [
    { byday: 'MO,WE,FR', opens_at: '08:00', closes_at: '14:00', timezone: 'America/New_York' },
  ],
  attributes: [
    term('needs', 'harm-reduction'),
    term('needs', 'housing'),
    term('emergency-dispatch', 'never'),
    term('anonymous', 'yes'),
    term('id-required', 'no'),
  ],
};

export const resourcePanelExamples: ExampleSet = {
  tag: 'haven-resource-panel',
  trust: { json: [PEER_LINE, CLINIC, HSDS_SERVICE] },
  examples: [
    {
      name: 'default',
      description:
        'Three services written as child elements: they read without JavaScript; the filters, open/closed status and count come with it.',
      attrs: { heading: 'Support near you', now: NOW },
      children: child(PEER_LINE) + child(CLINIC) + child(LEGAL),
    },
    {
      name: 'every-safety-value',
      description:
        'Every emergency-dispatch value and every yes/no fact, including unset ones that read "not stated: ask before you share details".',
      attrs: { now: NOW },
      children: json([
        { ...PEER_LINE, 'resource-id': 'a' },
        { ...CLINIC, 'resource-id': 'b' },
        { ...LEGAL, 'resource-id': 'c' },
        {
          name: 'Example Listing With No Safety Facts',
          phone: '555-555-0130',
          checked: '2026-11-20',
        },
        {
          ...PEER_LINE,
          name: 'Example Line That Is Not Peer-led',
          'peer-led': 'no',
          'sex-worker-led': 'no',
          anonymous: 'no',
        },
      ]),
    },
    {
      name: 'open-now',
      description:
        'Hours in the service’s IANA time zone: one service open now, one closed that says when it opens next.',
      attrs: { now: NOW, 'time-zone': 'America/Los_Angeles' },
      children: json([
        { name: 'Example Day Line', phone: '555-555-0140', hours: 'MO-FR 09:00-17:00' },
        { name: 'Example Weekend Line', phone: '555-555-0141', hours: 'SA,SU 12:00-16:00' },
        { name: 'Example Night Line', phone: '555-555-0142', hours: 'MO-SU 22:00-06:00' },
      ]),
    },
    {
      name: 'stale',
      description: 'A listing last checked more than stale-after months ago carries a notice.',
      attrs: { now: NOW, 'stale-after': 6 },
      children: json([{ ...CLINIC, checked: '2025-03-01' }, PEER_LINE]),
    },
    {
      name: 'closed',
      description:
        'A temporarily closed service with its alert; an inactive one is left out with a console note.',
      attrs: { now: NOW },
      children: json([
        { ...CLINIC, status: 'temporarily closed', alert: 'Closed for repairs until January.' },
        { ...LEGAL, status: 'inactive' },
      ]),
      warns: 'is inactive: left out',
    },
    {
      name: 'hsds',
      description:
        'Open Referral HSDS 3.0 in the JSON child (a paginated list): phones with quotes and an extension, an http: link shown as text, schedules, and safety facts as attributes.',
      attrs: { now: NOW },
      children: json({ total_items: 1, page_number: 1, contents: [HSDS_SERVICE] }),
      warns: 'not https',
    },
    {
      name: 'empty',
      description: 'No services: the heading and a neutral note.',
      attrs: { heading: 'Legal help' },
    },
    {
      name: 'invalid-json',
      description:
        'JSON that does not parse: the children still show, with a neutral note and one console warning.',
      attrs: { now: NOW },
      children: child(LEGAL) + '<script type="application/json">[{"name": </script>',
      warns: 'not valid JSON',
    },
    {
      name: 'bad-entries',
      description:
        'An entry without a name is skipped; an unknown need and an unknown safety value are ignored; one console warning names them.',
      attrs: { now: NOW },
      hidden: true,
      children: json([
        { 'resource-id': 'nameless', phone: '555-555-0150' },
        {
          name: 'Example Odd Listing',
          needs: 'astrology, legal',
          anonymous: 'maybe',
          phone: 'call us',
        },
      ]),
      warns: 'has no name: skipped',
    },
    {
      name: 'narrow',
      description: 'At 320 px the details stack under their labels.',
      attrs: { now: NOW },
      maxWidth: '20rem',
      hidden: true,
      children: child(CLINIC),
    },
  ],
};
