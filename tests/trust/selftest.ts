/**
 * The harness tested on itself. Two probe elements that are NOT part of the library:
 * `<trust-probe-safe>` validates its input the way the widgets must, and `<trust-probe-unsafe>`
 * makes every mistake the suite exists to catch (markup from an attribute, an unchecked link,
 * a throw on a wrong type, a JSON child parsed without a guard, no warnings). `trust.test.js` requires
 * the checks to pass the first and to fail the second, so a check that could never fail would
 * show up here. Bundled to `/trust/selftest.js`, with the harness, for `/selftest.html` only.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { ExampleSet } from '../../src/examples.js';
import { addSets } from './harness.js';
import { install } from './page.js';

const said = new Set<string>();
const warnOnce = (m: string) => {
  if (!said.has(m)) {
    said.add(m);
    console.warn(`<trust-probe-safe>: ${m}`);
  }
};
const ITEMS: Record<string, string> = { 'probes/one': 'The first probe item.' };

class TrustProbeSafe extends LitElement {
  static override styles = css`
    div {
      overflow-wrap: anywhere;
    }
  `;
  static override properties = {
    label: {},
    website: {},
    email: {},
    phone: {},
    contentId: { attribute: 'content-id' },
    headingLevel: { attribute: 'heading-level' },
    items: { type: Array, attribute: false },
  };
  declare label: unknown;
  declare website: unknown;
  declare email: unknown;
  declare phone: unknown;
  declare contentId: unknown;
  declare headingLevel: unknown;
  declare items: unknown;
  private json: { title?: unknown; website?: unknown; items?: unknown } = {};
  private jsonBroken = false;

  override willUpdate(changed: PropertyValues): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    this.jsonBroken = false;
    this.json = {};
    if (script) {
      try {
        const parsed: unknown = JSON.parse(script.textContent ?? '');
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) this.json = parsed;
        else throw new Error('not an object');
      } catch {
        this.jsonBroken = true;
        warnOnce('the JSON child is not a JSON object.');
      }
    }
    if (changed.has('headingLevel') && this.headingLevel != null) {
      const n = Number(this.headingLevel);
      if (!(Number.isInteger(n) && n >= 2 && n <= 6))
        warnOnce(`heading-level="${String(this.headingLevel)}" is not 2-6.`);
    }
  }

  private safeUrl(value: unknown): string | null {
    if (value == null || value === '') return null;
    try {
      const url = new URL(String(value));
      if (url.protocol === 'https:') return url.href;
    } catch {
      // fall through
    }
    warnOnce(`"${String(value)}" is not an https address; left out.`);
    return null;
  }

  override render() {
    const level = Number(this.headingLevel);
    const h = Number.isInteger(level) && level >= 2 && level <= 6 ? level : 3;
    const id = typeof this.contentId === 'string' ? this.contentId : '';
    const item = Object.hasOwn(ITEMS, id) ? ITEMS[id] : undefined;
    if (id && !item) warnOnce(`unknown content-id "${id}".`);
    const site = this.safeUrl(this.website) ?? this.safeUrl(this.json.website);
    const email =
      typeof this.email === 'string' && /^[^\s@<>"']+@[^\s@<>"']+$/.test(this.email)
        ? this.email
        : null;
    if (this.email != null && this.email !== '' && !email)
      warnOnce(`"${String(this.email)}" is not an e-mail address.`);
    const digits = typeof this.phone === 'string' ? this.phone.replace(/[\s().-]/g, '') : '';
    const phone = /^\+?[0-9]{7,15}$/.test(digits) ? digits : null;
    if (this.phone != null && this.phone !== '' && !phone)
      warnOnce(`"${String(this.phone)}" is not a phone number.`);
    const list = Array.isArray(this.items) ? this.items : [];
    const jsonItems = Array.isArray(this.json.items) ? this.json.items : [];
    const missing = (id && !item) || this.jsonBroken;
    return html`<div>
      ${missing ? html`<p part="note">Something is missing here.</p>` : nothing}
      <p role="heading" aria-level=${h}>
        ${String(this.label ?? 'Probe')} ${String(this.json.title ?? '')}
      </p>
      ${item ? html`<p>${item}</p>` : nothing}
      ${site ? html`<a href=${site} rel="noopener noreferrer" referrerpolicy="no-referrer">Site</a>` : nothing}
      ${email ? html`<a href=${`mailto:${email}`} rel="noopener noreferrer" referrerpolicy="no-referrer">Mail</a>` : nothing}
      ${phone ? html`<a href=${`tel:${phone}`} rel="noopener noreferrer" referrerpolicy="no-referrer">${phone}</a>` : nothing}
      <ul>
        ${[...list, ...jsonItems].slice(0, 50).map((x) => html`<li>${String(x)}</li>`)}
      </ul>
      <slot name="extra"></slot>
    </div>`;
  }
}

class TrustProbeUnsafe extends LitElement {
  static override properties = {
    label: {},
    website: {},
    count: { type: Number },
  };
  declare label: string;
  declare website: string;
  declare count: number;

  constructor() {
    super();
    this.label = 'Probe';
    this.count = 1;
  }

  override render() {
    const script = this.querySelector(':scope > script[type="application/json"]');
    const data = script ? (JSON.parse(script.textContent ?? '') as { title: string }) : null;
    return html`<div>
      <p>${unsafeHTML(this.label)} ${data ? data.title.toUpperCase() : ''}</p>
      <a href=${this.website || 'https://example.org/'}>Site</a>
      <p>${this.count.toFixed(0)}</p>
    </div>`;
  }
}

/** Keeps every instance and adds a document listener per connection: a leak, twice over. */
const kept: unknown[] = [];
class TrustProbeLeaky extends LitElement {
  override connectedCallback(): void {
    super.connectedCallback();
    kept.push(this);
    document.addEventListener('keydown', () => this.requestUpdate());
  }

  override render() {
    return html`<p>Leaky probe</p>`;
  }
}

/** Leaves traces: requests (same origin and another), a cookie, storage, a database. */
class TrustProbeTracker extends LitElement {
  override connectedCallback(): void {
    super.connectedCallback();
    void fetch('/__canary/track').catch(() => {});
    // And one to another origin (never answered: the address cannot resolve).
    void fetch('http://tracker.invalid/pixel', { mode: 'no-cors' }).catch(() => {});
    document.cookie = 'trust=1';
    localStorage.setItem('trust', '1');
    sessionStorage.setItem('trust', '1');
    // Closed once open, so the self-test can delete it again (WebKit waits for open connections).
    indexedDB.open('trust').onsuccess = (e) => (e.target as IDBOpenDBRequest).result.close();
  }

  override render() {
    return html`<p>Tracking probe</p>`;
  }
}

customElements.define('trust-probe-safe', TrustProbeSafe);
customElements.define('trust-probe-leaky', TrustProbeLeaky);
customElements.define('trust-probe-tracker', TrustProbeTracker);
customElements.define('trust-probe-unsafe', TrustProbeUnsafe);

const probes: ExampleSet[] = [
  {
    tag: 'trust-probe-safe',
    examples: [
      {
        name: 'default',
        description: 'Every field set.',
        attrs: {
          label: 'Probe',
          website: 'https://example.org/',
          email: 'a@example.org',
          phone: '+1 714 975 8893',
          'content-id': 'probes/one',
          'heading-level': 3,
        },
      },
    ],
    trust: { json: { title: 'A title', website: 'https://example.org/', items: ['a', 'b'] } },
  },
  {
    tag: 'trust-probe-unsafe',
    examples: [
      {
        name: 'default',
        description: 'An unsafe probe.',
        attrs: { label: 'Probe', website: 'https://example.org/' },
      },
    ],
    trust: { json: { title: 'A title' } },
  },
  {
    tag: 'trust-probe-leaky',
    examples: [{ name: 'default', description: 'A leaky probe.' }],
  },
  {
    tag: 'trust-probe-tracker',
    examples: [{ name: 'default', description: 'A tracking probe.' }],
  },
];
addSets(probes);
install();
