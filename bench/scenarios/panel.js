// The resource panel: n made-up services (555-01xx numbers). Ours reads them from a JSON child
// (one shadow root, the filter form, open/closed with Intl), and again as n <haven-resource>
// children (a shadow root each); the floor is the same list as plain static HTML articles.
const SAFETY = [
  ['Staff must report some things they hear', 'No'],
  ['You can stay anonymous', 'Yes'],
  ['Asks for ID', 'Not stated: ask before you share details'],
  ['Asks about immigration status', 'No'],
  ['Run by peers', 'Yes'],
  ['Records kept', 'Not stated: ask before you share details'],
];
const NEEDS = ['peer-support', 'legal', 'sexual-health', 'crisis', 'housing'];

export function scenario({ esc }) {
  const services = (n) =>
    Array.from({ length: n }, (_, i) => ({
      name: `Example Service ${i + 1}`,
      description: 'Talk or text with someone who has done sex work, about anything.',
      needs: NEEDS[i % NEEDS.length],
      phone: `555-555-01${String(i % 100).padStart(2, '0')}`,
      hours: 'MO-FR 09:00-17:00',
      'time-zone': 'America/Los_Angeles',
      languages: 'English, Spanish',
      'emergency-dispatch': 'on-request',
      'mandatory-reporting': 'no',
      anonymous: 'yes',
      'asks-immigration-status': 'no',
      'peer-led': 'yes',
      checked: '2026-11-02',
    }));
  const attrs = (s) =>
    Object.entries(s)
      .filter(([k]) => k !== 'description')
      .map(([k, v]) => ` ${k}="${esc(v)}"`)
      .join('');
  const row = (dt, dd) => `<div><dt>${esc(dt)}</dt><dd>${esc(dd)}</dd></div>`;
  return {
    name: 'panel',
    why: 'each service is validated, its hours read in its time zone with Intl, and rendered through templates with the filter form and a live count; the floor is inert HTML parsed once.',
    variants: {
      ours: {
        label: 'haven-widgets, JSON child',
        scripts: ['/dist/haven.js'],
        tags: ['haven-resource-panel'],
        markup: (n) =>
          `<haven-resource-panel heading="Services"><script type="application/json">${JSON.stringify(services(n)).replace(/</g, '\\u003c')}</script></haven-resource-panel>`,
      },
      children: {
        label: 'haven-widgets, <haven-resource> children',
        scripts: ['/dist/haven.js'],
        tags: ['haven-resource-panel', 'haven-resource'],
        markup: (n) =>
          `<haven-resource-panel heading="Services">${services(n)
            .map((s) => `<haven-resource${attrs(s)}>${esc(s.description)}</haven-resource>`)
            .join('')}</haven-resource-panel>`,
      },
      floor: {
        label: 'static HTML',
        scripts: [],
        tags: [],
        markup: (n) =>
          `<section><h2>Services</h2>${services(n)
            .map(
              (s) =>
                `<article><h3>${esc(s.name)}</h3><p>${esc(s.description)}</p>` +
                `<p><a href="tel:${s.phone.replace(/-/g, '')}">Call</a> ${s.phone}</p>` +
                `<p>Police or emergency services: Their stated policy: only if you ask.</p>` +
                `<dl>${row('Help with', 'Peer support')}${row('Hours', 'Mon-Fri 09:00-17:00')}${row('Languages', s.languages)}</dl>` +
                `<h4>Before you share details</h4><dl>${SAFETY.map(([a, b]) => row(a, b)).join('')}</dl>` +
                `<p>Last checked: November 2, 2026</p></article>`,
            )
            .join('')}</section>`,
      },
    },
  };
}
