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
