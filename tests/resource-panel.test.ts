import { expect, fixture } from '@open-wc/testing';
import '../src/define.js';
import type { HavenResourcePanel } from '../components/resource-panel/resource-panel.component.js';
import { resourcePanelExamples as set } from '../components/resource-panel/resource-panel.examples.js';
import { resourceExamples } from '../components/resource/resource.examples.js';
import { example, renderExample } from '../src/examples.js';
import { resetWarnings } from '../src/internal/warn.js';
import {
  axeViolations,
  captureConsole,
  clean,
  deepText,
  mount,
  q,
  setViewport,
  settle,
  shadow,
} from './helpers.js';

const panel = (name: string) => mount<HavenResourcePanel>(set, example(set, name));
/** Every service article, whether the panel rendered it or a child element did, visible only. */
const articles = (el: Element): HTMLElement[] => [
  ...q(el, 'article'),
  ...[...el.querySelectorAll<HTMLElement>('haven-resource')]
    .filter((r) => !r.hidden)
    .flatMap((r) => [...shadow(r).querySelectorAll<HTMLElement>('article')]),
];
const byName = (el: Element, name: string) =>
  articles(el).find((a) => clean(a.querySelector('[part="name"]')!.textContent!) === name)!;
/** A service's label → value rows of one list (`details` or `safety`). */
const rows = (a: Element, list: string) =>
  Object.fromEntries(
    [...a.querySelectorAll(`.${list} > div`)].map((d) => [
      clean(d.querySelector('dt')!.textContent!),
      clean(deepText(d.querySelector('dd')!)),
    ]),
  );
const count = (el: Element) => clean(shadow(el).querySelector('[role="status"]')!.textContent!);
const names = (el: Element) =>
  articles(el).map((a) => clean(a.querySelector('[part="name"]')!.textContent!));

async function tick(el: HavenResourcePanel, name: string, value?: string) {
  const input = q(el, `input[name="${name}"]`).find(
    (i) => !value || (i as HTMLInputElement).value === value,
  ) as HTMLInputElement;
  input.click();
  await settle(el);
}

const NOT_STATED = 'Not stated: ask before you share details';

describe('<haven-resource-panel>', () => {
  beforeEach(() => resetWarnings());

  it('lists editor-written children as articles with headings one level below the panel', async () => {
    const el = await panel('default');
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Support near you');
    expect(names(el)).to.deep.equal([
      'Example Peer Line',
      'Example Community Clinic',
      'Example Legal Aid',
    ]);
    for (const a of articles(el))
      expect(a.querySelector('[part="name"]')!.localName).to.equal('h3');
    expect(count(el)).to.equal('Showing 3 of 3 services');
  });

  it('filters by need, by dispatch policy and by text, announces the count, and resets', async () => {
    const el = await panel('default');
    const address = location.href;
    const entries = history.length;
    expect(shadow(el).querySelector('form fieldset legend')!.textContent).to.equal('Show only');
    await tick(el, 'police');
    // never and on-request pass; imminent-risk does not.
    expect(names(el)).to.deep.equal(['Example Peer Line', 'Example Legal Aid']);
    expect(count(el)).to.equal('Showing 2 of 3 services');
    await tick(el, 'text');
    expect(names(el)).to.deep.equal(['Example Peer Line']);
    await tick(el, 'police');
    await tick(el, 'text');
    await tick(el, 'need', 'legal');
    expect(names(el)).to.deep.equal(['Example Legal Aid']);
    await tick(el, 'need', 'sexual-health');
    expect(names(el)).to.deep.equal(['Example Community Clinic', 'Example Legal Aid']);
    (shadow(el).querySelector('button[type="reset"]') as HTMLButtonElement).click();
    await settle(el);
    expect(names(el)).to.have.length(3);
    expect(q(el, 'input').every((i) => !(i as HTMLInputElement).checked)).to.equal(true);
    expect(location.href).to.equal(address);
    expect(history.length).to.equal(entries);
  });

  it('filters again when a child’s attributes change', async () => {
    const el = await panel('default');
    await tick(el, 'police');
    expect(names(el)).to.deep.equal(['Example Peer Line', 'Example Legal Aid']);
    const clinic = [...el.querySelectorAll('haven-resource')].find(
      (r) => r.getAttribute('name') === 'Example Community Clinic',
    )!;
    clinic.setAttribute('emergency-dispatch', 'never');
    await settle(el);
    expect(names(el)).to.have.length(3);
    expect(count(el)).to.equal('Showing 3 of 3 services');
    clinic.removeAttribute('name');
    await settle(el);
    expect(count(el)).to.equal('Showing 2 of 2 services');
  });

  it('says so when no service matches, and the count reaches zero', async () => {
    const el = await panel('default');
    await tick(el, 'need', 'legal');
    await tick(el, 'text');
    expect(names(el)).to.deep.equal([]);
    expect(count(el)).to.equal('Showing 0 of 3 services');
    expect(clean(q(el, '[part="note"]')[0]!.textContent!)).to.contain('No service matches');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('filters are keyboard-operable: Space toggles a focused checkbox', async () => {
    const el = await panel('default');
    const box = q(el, 'input[name="police"]')[0] as HTMLInputElement;
    box.focus();
    expect(shadow(el).activeElement).to.equal(box);
    const { sendKeys } = await import('@web/test-runner-commands');
    await sendKeys({ press: ' ' });
    await settle(el);
    expect(names(el)).to.have.length(2);
  });

  it('shows every safety value in words, and unset ones as "not stated", never as the safe answer', async () => {
    const el = await panel('every-safety-value');
    const peer = byName(el, 'Example Peer Line');
    expect(rows(peer, 'details')['Police or emergency services']).to.equal(
      'Their stated policy: only if you ask.',
    );
    expect(rows(peer, 'safety')).to.deep.equal({
      'Staff must report some things they hear': 'No',
      'You can stay anonymous': 'Yes',
      'Asks for ID': 'No',
      'Asks about immigration status': 'No',
      'Run by peers': 'Yes',
      'Led by sex workers': 'Yes',
      'Records kept': 'Call notes are kept for 30 days, without your name.',
    });
    expect(clean(byName(el, 'Example Community Clinic').textContent!)).to.contain(
      'they may send them without your consent if they judge you at imminent risk',
    );
    expect(clean(byName(el, 'Example Legal Aid').textContent!)).to.contain('they never send them');
    const bare = byName(el, 'Example Listing With No Safety Facts');
    expect(rows(bare, 'details')['Police or emergency services']).to.equal(NOT_STATED);
    const facts = rows(bare, 'safety');
    expect(Object.values(facts).every((v) => v === NOT_STATED)).to.equal(true);
    expect(facts).to.not.have.property('Led by sex workers');
    expect(rows(byName(el, 'Example Line That Is Not Peer-led'), 'safety')).to.include({
      'Run by peers': 'No',
      'Led by sex workers': 'No',
      'You can stay anonymous': 'No',
    });
  });

  it('a policy with exceptions is its own value, shown with the service’s words, and never passes "won’t call police"', async () => {
    const logged = await captureConsole(async () => {
      const el = await mount<HavenResourcePanel>(set, example(set, 'default'));
      const extra = document.createElement('haven-resource');
      for (const [k, v] of Object.entries({
        name: 'Example Line With Exceptions',
        phone: '555-555-0160',
        'emergency-dispatch': 'with-exceptions',
        'emergency-dispatch-words': 'Only if you ask, or if someone else is in danger.',
        'emergency-dispatch-source': 'https://example.org/policy',
        'emergency-dispatch-checked': '2026-11-30',
      }))
        extra.setAttribute(k, v);
      const bare = document.createElement('haven-resource');
      bare.setAttribute('name', 'Example Line That States Nothing');
      bare.setAttribute('emergency-dispatch', 'with-exceptions');
      el.append(extra, bare);
      await settle(el);
      const a = byName(el, 'Example Line With Exceptions');
      expect(rows(a, 'details')['Police or emergency services']).to.equal(
        'Their stated policy: only if you ask, with exceptions they name: Only if you ask, or if someone else is in danger. Source Example Line With Exceptions Last checked: November 30, 2026',
      );
      expect(a.querySelector('q')!.textContent).to.equal(
        'Only if you ask, or if someone else is in danger.',
      );
      expect(await axeViolations(el)).to.deep.equal([]);
      await tick(el, 'police');
      // Only "never" and "on-request" pass: exceptions, imminent risk and nothing stated do not.
      expect(names(el)).to.deep.equal(['Example Peer Line', 'Example Legal Aid']);
    });
    expect(logged.join(' ')).to.contain(
      '"Example Line That States Nothing": emergency-dispatch "with-exceptions" needs emergency-dispatch-words',
    );
  });

  it('no filter passes a service whose stated facts say otherwise or say nothing', async () => {
    const el = await panel('every-safety-value');
    const all = names(el);
    expect(all).to.include('Example Listing With No Safety Facts');
    await tick(el, 'police');
    // Unset and imminent-risk fail; never and on-request pass.
    expect(names(el)).to.deep.equal([
      'Example Peer Line',
      'Example Legal Aid',
      'Example Line That Is Not Peer-led',
    ]);
    await tick(el, 'police');
    await tick(el, 'text');
    // Only services with a text number.
    expect(names(el)).to.deep.equal(['Example Peer Line', 'Example Line That Is Not Peer-led']);
    await tick(el, 'text');
    await tick(el, 'need', 'legal');
    // A service that names no needs never passes a need filter.
    expect(names(el)).to.deep.equal(['Example Legal Aid']);
    await tick(el, 'need', 'legal');
    await tick(el, 'open');
    // Open now: only services whose hours give a status saying so (free-text hours never pass).
    for (const n of names(el))
      expect([
        'Example Peer Line',
        'Example Line That Is Not Peer-led',
        'Example Community Clinic',
      ]).to.include(n);
    expect(names(el)).to.not.include('Example Legal Aid');
    expect(names(el)).to.not.include('Example Listing With No Safety Facts');
  });

  it('computes open now and the next opening in the service’s time zone', async () => {
    const el = await panel('open-now'); // Monday 10:00 in Los Angeles
    expect(rows(byName(el, 'Example Day Line'), 'details').Hours).to.match(
      /^Mon-Fri 09:00-17:00 \(PST\) Open now$/,
    );
    expect(rows(byName(el, 'Example Weekend Line'), 'details').Hours).to.contain(
      'Closed · opens Saturday 12:00',
    );
    expect(rows(byName(el, 'Example Night Line'), 'details').Hours).to.contain(
      'Closed · opens today 22:00',
    );
    await tick(el, 'open');
    expect(names(el)).to.deep.equal(['Example Day Line']);
    el.now = '2026-12-01T07:00:00Z'; // Monday 23:00 in Los Angeles: the night line is open
    await settle(el);
    expect(names(el)).to.deep.equal(['Example Night Line']);
  });

  it('shows free-text hours and a numeric offset as given, without a status', async () => {
    let el!: HavenResourcePanel;
    const logged = await captureConsole(async () => {
      el = await fixture<HavenResourcePanel>(
        renderExample(set.tag, {
          name: 't',
          description: '',
          children:
            '<script type="application/json">[{"name":"A","hours":"Most weekdays"},{"name":"B","hours":"MO 10:00-12:00","time-zone":"+03:00"}]</script>',
        }),
      );
      await settle(el);
    });
    expect(rows(byName(el, 'A'), 'details').Hours).to.equal('Most weekdays');
    expect(rows(byName(el, 'B'), 'details').Hours).to.equal('Mon 10:00-12:00');
    expect(logged.join()).to.contain('not an IANA zone');
    expect(q(el, 'input[name="open"]')).to.have.length(0);
  });

  it('notices stale listings after stale-after months', async () => {
    const el = await panel('stale');
    expect(clean(byName(el, 'Example Community Clinic').textContent!)).to.contain(
      'Checked over 6 months ago',
    );
    expect(clean(byName(el, 'Example Peer Line').textContent!)).to.not.contain('months ago');
    expect(clean(byName(el, 'Example Peer Line').textContent!)).to.contain(
      'Last checked: November 2, 2026',
    );
  });

  it('shows a notice for temporarily closed services and leaves inactive ones out', async () => {
    const logged = await captureConsole(async () => {
      const el = await panel('closed');
      expect(names(el)).to.deep.equal(['Example Community Clinic']);
      const text = clean(byName(el, 'Example Community Clinic').textContent!);
      expect(text).to.contain('Temporarily closed.');
      expect(text).to.contain('Closed for repairs until January.');
    });
    expect(logged).to.have.length(1);
    expect(logged[0]).to.contain('"Example Legal Aid" is inactive: left out');
  });

  it('reads HSDS 3.0: phones with quotes and extensions, text numbers, http as text, taxonomy attributes', async () => {
    const el = await panel('hsds');
    const a = byName(el, 'Example Drop-in Center');
    const tel = a.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(tel.getAttribute('href')).to.equal('tel:5555550120;ext=2');
    expect(clean(tel.nextElementSibling!.textContent!)).to.equal('555 555 0120 ext. 2');
    expect(a.querySelector('a[href^="sms:"]')!.getAttribute('href')).to.equal('sms:5555550121');
    expect(a.querySelector('a[href^="http:"]')).to.equal(null);
    expect(clean(a.textContent!)).to.contain('Website: http://example.org/drop-in');
    const d = rows(a, 'details');
    expect(d).to.include({
      'Help with': 'Harm reduction, Housing',
      Languages: 'English, Portuguese',
      Cost: 'Free',
      'Area served': 'Example City',
      'Who can use it': 'Anyone 18 or older.',
    });
    expect(d.Hours).to.match(/^Mon,Wed,Fri 08:00-14:00 \(EST\) (Open now|Closed · opens)/);
    expect(clean(a.textContent!)).to.contain(
      'Police or emergency services Their stated policy: they never send them.',
    );
    expect(rows(a, 'safety')).to.include({ 'You can stay anonymous': 'Yes', 'Asks for ID': 'No' });
    expect(clean(a.textContent!)).to.contain('Last checked: August 20, 2026');
  });

  it('renders the specification’s own HSDS example (service_full.json) through the JSON child', async () => {
    const text = await (await fetch('/tests/fixtures/hsds/service_full.json')).text();
    const el = document.createElement('haven-resource-panel') as HavenResourcePanel;
    el.setAttribute('now', '2026-11-30T18:00:00Z');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = text;
    el.append(script);
    let logged: string[] = [];
    logged = await captureConsole(async () => {
      await fixture(el);
      await settle(el);
    });
    const a = byName(el, 'Community Counselling');
    expect(a.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal(
      'tel:+441234234567;ext=100',
    );
    expect(clean(a.querySelector('.number')!.textContent!)).to.equal('+44 1234 234567 ext. 100');
    expect(a.querySelector('a[href="mailto:email@example.com"]')).to.not.equal(null);
    const d = rows(a, 'details');
    expect(d.Hours).to.equal('Thu,Fri 10:00-18:00'); // numeric offset 3: no status
    expect(d.Languages).to.equal('Urdu');
    expect(d.Cost).to.contain('£50 per hour');
    expect(d['Who can use it']).to.contain('aged 12 and over');
    const all = clean(a.textContent!);
    expect(all).to.contain('Following COVID-19');
    expect(all).to.contain('Last checked: January 1, 2005');
    expect(all).to.contain('Checked over 12 months ago');
    expect(all).to.contain(`Police or emergency services ${NOT_STATED}`);
    expect(logged.join()).to.contain('url "http://example.com/counselling" not https');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('takes the resources property after the children and the JSON child', async () => {
    const el = await panel('invalid-json');
    expect(clean(q(el, '[part="note"]')[0]!.textContent!)).to.equal(
      'Some entries could not be shown.',
    );
    el.resources = { organization: 'x', services: [{ name: 'From The Property' }] };
    await settle(el);
    expect(names(el)).to.include('From The Property');
    expect(names(el)).to.include('Example Legal Aid');
  });

  it('skips nameless entries and ignores unknown values with one console line', async () => {
    const logged = await captureConsole(async () => {
      const el = await panel('bad-entries');
      const a = byName(el, 'Example Odd Listing');
      expect(rows(a, 'details')['Help with']).to.equal('Legal help');
      expect(rows(a, 'safety')['You can stay anonymous']).to.equal(NOT_STATED);
      expect(a.querySelector('a[href^="tel:"]')).to.equal(null);
      expect(names(el)).to.deep.equal(['Example Odd Listing']);
    });
    expect(logged).to.have.length(1);
    for (const part of [
      '"nameless" has no name',
      'needs "astrology" ignored',
      'anonymous "maybe" ignored',
    ]) {
      expect(logged[0]).to.contain(part);
    }
  });

  it('links: https only, with noopener noreferrer and no referrer; numbers as text beside tel:/sms:', async () => {
    const el = await panel('every-safety-value');
    const links = articles(el).flatMap((a) => [...a.querySelectorAll('a')]);
    for (const a of links) {
      const href = a.getAttribute('href')!;
      expect(href).to.match(/^(https:|tel:|sms:|mailto:)/);
      if (href.startsWith('https:')) {
        expect(a.rel).to.equal('noopener noreferrer');
        expect(a.getAttribute('referrerpolicy')).to.equal('no-referrer');
      }
    }
    const peer = byName(el, 'Example Peer Line');
    const sms = peer.querySelector('a[href^="sms:"]')!;
    expect(clean(sms.nextElementSibling!.textContent!)).to.equal('555-555-0102');
  });

  it('reads at 320 px without horizontal overflow', async () => {
    try {
      const narrow = await setViewport({ width: 320, height: 640 });
      const el = await panel('default');
      expect(el.scrollWidth).to.be.at.most(narrow);
      for (const a of articles(el)) expect(a.scrollWidth).to.be.at.most(a.clientWidth + 1);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('without JavaScript the children’s own content shows (the element is not defined yet)', async () => {
    const ex = example(set, 'default');
    const frame = document.createElement('div');
    // A tag that is never defined stands in for the panel before the script runs.
    frame.innerHTML = (ex.children ?? '').replace(/haven-resource/g, 'x-not-defined');
    document.body.append(frame);
    expect(clean(frame.textContent!)).to.contain('Talk or text with someone who has done sex work');
    frame.remove();
  });
});

describe('<haven-resource> inside a panel', () => {
  it('takes the time zone, clock and heading level from the panel unless it sets its own', async () => {
    const el = await fixture<HavenResourcePanel>(
      renderExample(set.tag, {
        name: 't',
        description: '',
        attrs: {
          'heading-level': 3,
          'time-zone': 'America/Los_Angeles',
          now: '2026-11-30T18:00:00Z',
        },
        children:
          '<haven-resource name="A" hours="MO-FR 09:00-17:00"></haven-resource>' +
          '<haven-resource name="B" hours="MO-FR 09:00-17:00" time-zone="Asia/Tokyo" heading-level="5"></haven-resource>',
      }),
    );
    await settle(el);
    const [a, b] = [...el.querySelectorAll('haven-resource')].map((r) => shadow(r));
    expect(a!.querySelector('[part="name"]')!.localName).to.equal('h4');
    expect(clean(a!.querySelector('.details')!.textContent!)).to.contain('(PST) Open now');
    expect(b!.querySelector('[part="name"]')!.localName).to.equal('h5');
    // 03:00 on Tuesday in Tokyo: closed until 09:00.
    expect(clean(b!.querySelector('.details')!.textContent!)).to.contain(
      'Closed · opens today 09:00',
    );
    el.setAttribute('now', '2026-12-01T02:00:00Z'); // Monday 18:00 in Los Angeles
    await settle(el);
    expect(clean(a!.querySelector('.details')!.textContent!)).to.contain(
      'Closed · opens Tuesday 09:00',
    );
  });
});

describe('<haven-resource>', () => {
  it('alone: its content is the description, and it has its own heading level', async () => {
    const el = await mount(resourceExamples, example(resourceExamples, 'default'));
    // `auto` with no heading before it on the page: an h2.
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Example Peer Line');
    expect(clean(deepText(el))).to.contain('Talk or text with someone who has done sex work.');
    expect(clean(deepText(el))).to.contain('Open now');
    const free = await mount(resourceExamples, example(resourceExamples, 'free-text-hours'));
    expect(shadow(free).querySelector('h2')!.textContent).to.equal('Example Office');
    const under = await fixture(
      '<div><h3>Near you</h3><haven-resource name="Example Line"></haven-resource></div>',
    );
    const auto = under.querySelector('haven-resource')!;
    await settle(auto);
    expect(shadow(auto).querySelector('h4')!.textContent).to.equal('Example Line');
  });
});
