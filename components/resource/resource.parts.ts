import { html, isServer, nothing, type TemplateResult } from 'lit';
import { heading } from '../../src/internal/heading.js';
import { isHttps } from '../../src/internal/urls.js';
import { addStrings, formatDate, pluralCategory, type Words } from '../../src/i18n/index.js';
import { nearestLang } from '../../src/i18n/lang.js';
import {
  DISPATCH,
  FACTS,
  FIELDS,
  NEEDS,
  YES_NO,
  ownFields,
  phone,
  clockTime,
  dayName,
  isStale,
  openState,
  parseHours,
  readableHours,
  zoneNow,
  type Fields,
  type Phone,
} from './resource.model.js';
import { resourceStrings } from './resource.strings.js';

// Both elements render services, so the words load with this module.
addStrings({ resource: resourceStrings });

/**
 * A service's words in the element's (its language controller's, an editor's `strings` over
 * them), also looked up by a need's, a safety fact's or a dispatch policy's value.
 */
export const serviceWords = (i18n: Words) =>
  i18n.strings.resource as typeof resourceStrings & Record<string, string>;

/** What one service shows, checked; derived once per render. */
export interface View {
  f: Fields;
  needs: string[];
  phone?: Phone;
  text?: Phone;
  /** A `mailto:` address, when the email looks like one. */
  email?: string;
  /** Open now (true), closed (a status line), or no status (undefined). */
  open?: boolean;
  status?: string;
  hours: string;
  stale: boolean;
  /** The element it is shown in: its language and words. */
  i18n: Words;
}

/** Options shared by a panel's entries. */
export interface Context {
  now: Date;
  /** False when pre-rendering without a fixed `now`: a page built once must not say "Open now". */
  live: boolean;
  staleAfter: number;
  zone?: string;
  locale?: string;
  /** The element it is shown in: its language and words. */
  i18n: Words;
}

/** Checks a service's fields; `note` gets one line per problem. Null without a name. */
export function view(f: Fields, ctx: Context, note: (m: string) => void): View | null {
  const who = f.name || f['resource-id'] || 'an entry';
  /** Notes a value that is not used, and drops it. */
  const bad = (name: keyof Fields, value: string, why = 'ignored') =>
    note(`"${who}": ${name} "${value}" ${why};`);
  if (!f.name) {
    note(`"${who}" has no name: skipped;`);
    return null;
  }
  f = { ...f };
  const needs = (f.needs ?? '').split(/\s*,\s*/).filter((n) => {
    const ok = (NEEDS as readonly string[]).includes(n);
    if (n && !ok) bad('needs', n);
    return ok;
  });
  for (const name of FACTS) {
    const allowed: readonly string[] = name[0] === 'e' ? DISPATCH : ['yes', 'no'];
    if (f[name] && !allowed.includes(f[name]!)) bad(name, f[name]!, `ignored (not stated)`);
    if (!allowed.includes(f[name]!)) delete f[name];
  }
  for (const n of FIELDS) {
    const given = f[n];
    if (given && /(^url|source)$/.test(n) && !isHttps(given))
      bad(n, given, 'not https: shown as text');
    // The dates checked, YYYY-MM-DD (whatever follows, a time, is dropped); else unset.
    if (given && /checked$/.test(n)) f[n] = /^\d{4}-\d\d-\d\d/.exec(given)?.[0];
  }
  if (f['emergency-dispatch'] === 'with-exceptions' && !f['emergency-dispatch-words'])
    bad('emergency-dispatch', 'with-exceptions', 'needs emergency-dispatch-words');
  const email = /^[^\s@<>"'`?&]+@[^\s@<>"'`?&]+\.[^\s@<>"'`?&]+$/.test(f.email ?? '')
    ? `mailto:${f.email}`
    : '';
  if (f.email && !email) bad('email', f.email);
  const p = phone(f.phone, 'tel');
  const t = phone(f.text, 'sms');
  if (f.phone && !p) bad('phone', f.phone, 'has no number');
  if (f.text && !t) bad('text', f.text, 'has no number');
  const s = serviceWords(ctx.i18n);
  let hours = f.hours ?? '';
  let open: boolean | undefined;
  let status: string | undefined;
  const spans = parseHours(hours);
  const zone = f['time-zone'] || ctx.zone;
  if (spans) {
    hours = readableHours(hours, ctx.locale);
    const here = zone && ctx.live ? zoneNow(zone, ctx.now) : null;
    if (zone && ctx.live && !here) bad('time-zone', zone, 'not an IANA zone: no status');
    if (here) {
      hours += ` (${here.zoneName})`;
      const state = openState(spans, here.minute);
      open = state.open;
      status = state.open
        ? s.openNow
        : s.closedOpens
            .replace('{day}', state.today ? s.today : dayName(state.next.day, ctx.locale, 'long'))
            .replace('{time}', clockTime(state.next.open));
    }
  }
  return {
    f,
    needs,
    phone: p,
    text: t,
    email,
    open,
    status,
    hours,
    stale: !!f.checked && isStale(f.checked, ctx.staleAfter, ctx.now),
    i18n: ctx.i18n,
  };
}

/** A link (https, or a tel:, sms: or mailto: address already checked), else the address as text. */
function link(href: string | undefined, label: string, name: string, ok?: boolean) {
  if (!href) return nothing;
  return ok || isHttps(href)
    ? html`<a href=${href} rel="noopener noreferrer" referrerpolicy="no-referrer"
        >${label}<span class="visually-hidden"> ${name}</span></a
      >`
    : html`<span>${label}: ${href}</span>`;
}

/** A number's link and the number as selectable text. */
function contact(n: Phone | undefined, label: string, name: string, ext: string) {
  return n
    ? html`<p>
        ${link(n.href, label, name, true)}
        <span class="number">${n.number}${n.ext ? ` ${ext} ${n.ext}` : ''}</span>
      </p>`
    : nothing;
}

/** A label and its value, when there is a value. */
const row = (label: string, value: unknown) =>
  value
    ? html`<div>
        <dt>${label}</dt>
        <dd>${value}</dd>
      </div>`
    : nothing;

/** One service as an article; `id` names its heading, `level` is its heading's level. */
export function renderResource(
  v: View,
  id: string,
  level: number,
  staleAfter: number,
  description: unknown,
): TemplateResult {
  const { i18n } = v;
  const s = serviceWords(i18n);
  const f = v.f;
  const name = f.name!;
  const notice = (show: unknown, text: unknown) =>
    show ? html`<p class="notice">${text}</p>` : nothing;
  const plural = pluralCategory(i18n.lang, staleAfter) === 'one' ? s.staleOne : s.staleOther;
  const dispatch = f['emergency-dispatch'];
  const yesNo = (value?: string) =>
    value ? (value === 'yes' ? s.safetyYes : s.safetyNo) : s.notStated;
  const checked = (d?: string) =>
    d && s.checked.replace('{date}', formatDate(d, i18n.lang, i18n.strings));
  /** A fact's value, then the service's own words for it, where and when they were read. */
  const fact = (n: (typeof FACTS)[number], value: string) => {
    const words = f[`${n}-words`];
    return words
      ? html`${value} <q>${words}</q> ${link(f[`${n}-source`], s.source, name)}
          ${checked(f[`${n}-checked`])}`
      : value;
  };
  // The space is an expression: a template's leading space would be minified away.
  const hours =
    v.hours &&
    html`${v.hours}${v.status ? [' ', html`<strong class="status">${v.status}</strong>`] : nothing}`;
  return html`<article part="resource" class="resource" aria-labelledby=${id}>
    ${heading(level, id, 'name', name)} ${notice(f.status === 'temporarily closed', s.closed)}
    ${notice(f.alert, f.alert)} ${notice(v.stale, plural.replace('{n}', String(staleAfter)))}
    ${description}
    <div class="contact">
      ${contact(v.phone, s.call, name, s.ext)} ${contact(v.text, s.text, name, s.ext)}
      <p>${link(f.url, s.website, name)} ${link(v.email, s.email, name, true)}</p>
    </div>
    <dl class="details">
      ${row(s.dispatchLabel, fact('emergency-dispatch', dispatch ? s[dispatch] : s.notStated))}
      ${row(s.needs, v.needs.map((n) => s[n]).join(', '))} ${row(s.hours, hours)}
      ${row(s.languages, f.languages)} ${row(s.cost, f.cost)} ${row(s.area, f.area)}
      ${row(s.eligibility, f.eligibility)} ${row(s.how, f.how)}
    </dl>
    ${heading(Math.min(level + 1, 6), `${id}s`, 'subheading', s.safetyHeading)}
    <dl class="safety">
      ${YES_NO.map((y) =>
        y === 'sex-worker-led' && !f[y] ? nothing : row(s[y], fact(y, yesNo(f[y]))),
      )}
      ${row(s.records, f.records || s.notStated)}
    </dl>
    <p class="meta">${checked(f.checked) || s.notChecked} ${link(f.source, s.source, name)}</p>
  </article>`;
}

/** An element's fields: its attributes, then `fallback` (the `resource` property, our format) for gaps. */
export function readElement(el: Element, fallback?: unknown): Fields {
  const f: Fields = ownFields(fallback);
  for (const name of FIELDS) if (el.hasAttribute(name)) f[name] = el.getAttribute(name)!.trim();
  return f;
}

/** The context an element renders in: its clock, staleness limit, default zone and language. */
export function context(
  el: Element,
  opts: { now?: string; staleAfter?: unknown; zone?: string; i18n: Words },
  note: (m: string) => void,
): Context {
  let now = new Date(opts.now || Date.now());
  if (isNaN(+now)) {
    note(`now="${opts.now}" is not a date: using the visitor's clock;`);
    now = new Date();
  }
  let staleAfter = Number(opts.staleAfter ?? 12);
  if (!Number.isInteger(staleAfter) || staleAfter < 1) {
    note(`stale-after="${opts.staleAfter}" is not a whole number of months: using 12;`);
    staleAfter = 12;
  }
  let locale = isServer ? undefined : nearestLang(el) || undefined;
  try {
    Intl.getCanonicalLocales(locale);
  } catch {
    locale = undefined;
  }
  return {
    now,
    live: !isServer || !!opts.now,
    staleAfter,
    zone: opts.zone || undefined,
    locale,
    i18n: opts.i18n,
  };
}
