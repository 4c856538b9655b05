import type { ElementStrings } from '../generated/strings.js';
import { en } from './en.js';

/**
 * Every UI string: the shared ones (sources, review dates) at the top, and each element's own
 * under its camel-case name (`mythFact`, `quickExit`…), generated from the element folders.
 */
export type HavenStrings = typeof en & ElementStrings;

/** Some UI strings: any shared ones, and any of each element's. */
export type HavenStringsUpdate = Partial<typeof en> & {
  [K in keyof ElementStrings]?: Partial<ElementStrings[K]>;
};

/**
 * `words` over `base`: a shared word (a string) replaces, an element's namespace (an object) is
 * merged key by key.
 */
function merge(base: HavenStringsUpdate, words: HavenStringsUpdate): HavenStringsUpdate {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(words)) {
    out[key] = typeof value === 'object' ? { ...(out[key] as object), ...value } : value;
  }
  return out;
}

/** The English defaults of the elements loaded so far (each adds its own with `addStrings`). */
let defaults: HavenStringsUpdate = en;
let overrides: HavenStringsUpdate = {};
let current = defaults as HavenStrings;

/** The UI strings in use. An element reads only its own, which it added when it loaded. */
export function strings(): HavenStrings {
  return current;
}

/** Adds an element's English defaults, under any replacement already set. */
export function addStrings(words: HavenStringsUpdate): void {
  defaults = merge(defaults, words);
  current = merge(defaults, overrides) as HavenStrings;
}

/**
 * Replaces some or all UI strings, e.g. for another language, including those of elements not
 * loaded yet: `setStrings({ sources: 'Fuentes', mythFact: { myth: 'Mito común' } })`. Elements
 * that are already on the page pick the new words up on their next render.
 */
export function setStrings(words: HavenStringsUpdate): void {
  overrides = merge(overrides, words);
  current = merge(defaults, overrides) as HavenStrings;
}

/**
 * Formats an ISO date (YYYY-MM-DD) for reading with the UI strings' month names and pattern.
 * Deliberately not Intl.DateTimeFormat: its first use costs Chromium about 50 ms, more than
 * rendering ten cards, and the words stay replaceable with `setStrings`.
 */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m && current.months.split(' ')[Number(m[2]) - 1];
  if (!m || !month) return iso;
  return current.dateFormat
    .replace('{day}', String(Number(m[3])))
    .replace('{month}', month)
    .replace('{year}', m[1]!);
}
