import { isRecord } from '../../src/content/schema.js';

/**
 * A resource's fields, read from our own format or from Open Referral HSDS 3.0. Our format uses
 * the element's attribute names as keys, so attributes, JSON and the property share one
 * vocabulary, and the `haven-resources` CLI writes attributes straight from it. Nothing here
 * makes up a value: a field the input does not carry stays unset. No DOM, so Node can use it.
 */
export const NEEDS = [
  'crisis',
  'mental-health',
  'sexual-health',
  'health',
  'legal',
  'peer-support',
  'harm-reduction',
  'housing',
  'immigration',
  'money',
  'violence',
  'other',
] as const;
/** `with-exceptions`: only if you ask, except in cases the service names (its `-words` say which). */
export const DISPATCH = ['never', 'on-request', 'with-exceptions', 'imminent-risk'] as const;
/** The yes/no safety facts, in the order a visitor reads them. */
export const YES_NO = [
  'mandatory-reporting',
  'anonymous',
  'id-required',
  'asks-immigration-status',
  'peer-led',
  'sex-worker-led',
] as const;
/**
 * The safety facts with a value (`records` is text of its own). Each may carry the service's own words (`<fact>-words`), the address they
 * were read at (`<fact>-source`) and the date they were read (`<fact>-checked`).
 */
export const FACTS = ['emergency-dispatch', ...YES_NO] as const;
type Said = `${(typeof FACTS)[number]}-${'words' | 'source' | 'checked'}`;
const BASE = [
  'resource-id',
  'name',
  'description',
  'needs',
  'phone',
  'text',
  'url',
  'email',
  'hours',
  'time-zone',
  'languages',
  'cost',
  'area',
  'eligibility',
  'how',
  'status',
  'alert',
  'checked',
  'source',
] as const;
type Field = (typeof BASE)[number] | (typeof FACTS)[number] | 'records' | Said;
/** Every field, by its attribute name; `resource-id` is the entry's id. */
export const FIELDS: readonly Field[] = [
  ...BASE,
  ...FACTS,
  'records',
  ...FACTS.flatMap((n) => [`${n}-words`, `${n}-source`, `${n}-checked`] as const),
];

export type Fields = Partial<Record<Field, string>>;

/** A string or number as trimmed text; lists of them joined with `sep`; anything else empty. */
export function text(v: unknown, sep = ', '): string {
  if (Array.isArray(v))
    return v
      .map((x) => text(x))
      .filter(Boolean)
      .join(sep);
  return typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '';
}

/**
 * One entry in our format (the attribute names as keys): what `<haven-resource>`'s `resource`
 * property takes. HSDS is read by the panel (resource-panel.model.ts), which lists services.
 */
export function ownFields(entry: unknown): Fields {
  const out: Fields = {};
  if (isRecord(entry)) {
    for (const key of FIELDS) {
      const t = text(entry[key]);
      if (t) out[key] = t;
    }
  }
  return out;
}

export interface Phone {
  /** As given, stray quotes and the extension removed. */
  number: string;
  ext: string;
  href: string;
}

/** A number for a `tel:`/`sms:` link and for reading; undefined when it has no usable digits. */
export function phone(given: string | undefined, scheme: 'tel' | 'sms'): Phone | undefined {
  if (!given) return undefined;
  const m = /^([^]*?)(?:\s*(?:;\s*ext=|,?\s*ext\.?|\s+x)\s*(\d+))?$/i.exec(given)!;
  const number = m[1]!.replace(/^["'\s]+|["'\s]+$/g, '');
  const digits = number.replace(/[^\d]/g, '');
  if (digits.length < 3 || digits.length > 15) return undefined;
  const ext = m[2] ?? '';
  const plus = number.startsWith('+') ? '+' : '';
  return { number, ext, href: `${scheme}:${plus}${digits}${ext && ';ext=' + ext}` };
}

/**
 * Opening hours: our syntax is `MO-FR 10:00-18:00; SA 12:00-16:00` (iCal day codes, 24-hour
 * times, in the service's IANA time zone). Open or closed is computed from the visitor's clock
 * with `Intl` alone: no date library, no network. Hours that do not parse are free text and get
 * no status.
 */
const CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const DAY = 1440;
const WEEK = 7 * DAY;

/** One opening: day 0 (Sunday) to 6, minutes after midnight; `close` may be past midnight. */
export interface Span {
  day: number;
  open: number;
  close: number;
}

/** The spans of `hours` in our syntax, or null when it is free text. */
export function parseHours(hours = ''): Span[] | null {
  const out: Span[] = [];
  for (const part of hours.split(';')) {
    const m = /^\s*([A-Z]{2}(?:[-,][A-Z]{2})*)\s+(\d\d?):(\d\d)\s*[-–]\s*(\d\d?):(\d\d)\s*$/i.exec(
      part,
    );
    if (!m) return null;
    const [open, close] = [+m[2]! * 60 + +m[3]!, +m[4]! * 60 + +m[5]!];
    if (open >= DAY || close > DAY || +m[3]! > 59 || +m[5]! > 59) return null;
    for (const piece of m[1]!.toUpperCase().split(',')) {
      const [a, b = a] = piece.split('-').map((c) => CODES.indexOf(c));
      if (a! < 0 || b! < 0) return null;
      for (let d = a!; ; d = (d + 1) % 7) {
        out.push({ day: d, open, close });
        if (d === b) break;
      }
    }
  }
  return out.length ? out : null;
}

const clocks = new Map<string, Intl.DateTimeFormat>();
type ZoneNow = { minute: number; zoneName: string } | null;
/** The last answer: a panel asks once per service, all for the same moment and mostly one zone. */
let last: [string, number, ZoneNow] | undefined;

/** Now in `zone`: minute of the week (0 = Sunday 00:00) and the zone's short name. */
export function zoneNow(zone: string, now: Date): ZoneNow {
  if (last?.[0] === zone && last[1] === +now) return last[2];
  return (last = [zone, +now, readZone(zone, now)])[2];
}

function readZone(zone: string, now: Date): ZoneNow {
  // Intl also takes offsets such as "+03:00": they ignore daylight saving, so only names count.
  if (!/^[A-Z]/i.test(zone)) return null;
  let clock = clocks.get(zone);
  try {
    clock ??= new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      weekday: 'short',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
      timeZoneName: 'short',
    });
    clocks.set(zone, clock);
    const parts: Record<string, string> = {};
    for (const p of clock.formatToParts(now)) parts[p.type] = p.value;
    // en-US short weekdays start with our day codes: "Sun" → SU.
    const day = CODES.indexOf(parts.weekday!.slice(0, 2).toUpperCase());
    return {
      minute: day * DAY + +parts.hour! * 60 + +parts.minute!,
      zoneName: parts.timeZoneName!,
    };
  } catch {
    // Not an IANA zone (or an invalid date): no status.
    return null;
  }
}

/** Open now, or the next opening (its span, and whether it is later today). */
export function openState(
  spans: Span[],
  minute: number,
): { open: true } | { open: false; next: Span; today: boolean } {
  let next = spans[0]!;
  let wait = WEEK;
  for (const s of spans) {
    const start = s.day * DAY + s.open;
    const length = s.close > s.open ? s.close - s.open : s.close + DAY - s.open;
    if ((minute - start + WEEK) % WEEK < length) return { open: true };
    const w = (start - minute + WEEK) % WEEK;
    if (w < wait) [next, wait] = [s, w];
  }
  return { open: false, next, today: next.day === Math.floor(minute / DAY) && wait < DAY };
}

/** `10:00` from minutes after midnight. */
export const clockTime = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

const days = new Map<string, string[]>();

/** A day's name in `locale` (`long` or `short`): the week read once per locale, from a known Sunday. */
export function dayName(day: number, locale: string | undefined, weekday: 'long' | 'short') {
  const key = `${locale}|${weekday}`;
  let names = days.get(key);
  if (!names) {
    const f = new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' });
    days.set(key, (names = CODES.map((_, d) => f.format(Date.UTC(2023, 0, 1 + d)))));
  }
  return names[day]!;
}

const readable = new Map<string, string>();

/** The hours for reading: day codes replaced by the locale's short day names (kept per text). */
export function readableHours(hours: string, locale: string | undefined): string {
  const key = `${locale}|${hours}`;
  let text = readable.get(key);
  if (text === undefined) {
    text = hours.replace(/\b[A-Z]{2}\b/gi, (c) => {
      const d = CODES.indexOf(c.toUpperCase());
      return d < 0 ? c : dayName(d, locale, 'short');
    });
    // Bounded: a page lists a few hundred services at most.
    if (readable.size < 500) readable.set(key, text);
  }
  return text;
}

/** Whether an ISO date is more than `months` months before `now`. */
export function isStale(checked: string, months: number, now: Date): boolean {
  const d = new Date(`${checked}T00:00:00Z`);
  if (isNaN(+d)) return false;
  d.setUTCMonth(d.getUTCMonth() + months);
  return d < now;
}
