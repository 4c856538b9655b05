import type { ElementStrings } from '../generated/strings.js';
import { en } from './en.js';
import { baseLanguage } from './lang.js';

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
 * What an element speaks: its library language and its words in it, an editor's `strings` over
 * them. Each element's language controller is one; shared helpers (sources, review dates, a
 * service's lines) take it, so they show the words of the element they render in.
 */
export interface Words {
  readonly lang: string;
  readonly strings: HavenStrings;
}

/** A string with plural forms, keyed by `Intl.PluralRules` category; `other` is required. */
export type Plural = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** The languages the library has words for (one folder each, `content/<locale>/`). */
export { LANGUAGES, type Language } from '../generated/languages.js';

export { baseLanguage };

/** An element's namespace (merged key by key), not a word, a list or plural forms (replaced). */
const isNamespace = (v: unknown): v is object =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !('other' in v);

/**
 * `words` over `base`: a shared word replaces, an element's namespace (an object) is merged key
 * by key.
 */
export function mergeStrings(
  base: HavenStringsUpdate,
  words: HavenStringsUpdate,
): HavenStringsUpdate {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(words)) {
    out[key] = isNamespace(value) ? { ...(out[key] as object), ...value } : value;
  }
  return out;
}

/** Each language's defaults (added by the elements' modules) and a page's replacements. */
const defaults: Record<string, HavenStringsUpdate> = { en };
const overrides: Record<string, HavenStringsUpdate> = {};
const merged = new Map<string, HavenStrings>();
const listeners = new Set<() => void>();

/** Calls `listener` whenever strings or content are added or replaced, in any language. */
export function onLanguageData(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells the elements that words or content changed, so they render again. */
export function languageDataChanged(): void {
  merged.clear();
  for (const listener of listeners) listener();
}

/**
 * The UI strings of `lang` (default English): the language's defaults and replacements, over the
 * English defaults, so a key a language lacks still reads as something.
 */
export function strings(lang = 'en'): HavenStrings {
  const key = baseLanguage(lang);
  let words = merged.get(key);
  if (!words) {
    let all = defaults.en!;
    if (key !== 'en') all = mergeStrings(all, defaults[key] ?? {});
    words = mergeStrings(all, overrides[key] ?? {}) as HavenStrings;
    merged.set(key, words);
  }
  return words;
}

/** Whether every namespace of `own` has words in `lang` (an element's words are loaded, or set). */
export function hasStrings(lang: string, own: object): boolean {
  const key = baseLanguage(lang);
  const have = { ...defaults[key], ...overrides[key] };
  return Object.keys(own).every((k) => k in have);
}

/** Adds an element's default words in `lang` (English unless given), under any replacement. */
export function addStrings(words: HavenStringsUpdate, lang = 'en'): void {
  const key = baseLanguage(lang);
  defaults[key] = mergeStrings(defaults[key] ?? {}, words);
  // An element's English words arrive with its class, before any of its instances renders.
  if (key === 'en') merged.clear();
  else languageDataChanged();
}

/**
 * Replaces some or all UI strings of a language, including those of elements not loaded yet:
 * `setStrings('es', { quickExit: { link: 'Salir ya' } })`. With only the words, it replaces
 * English ones: `setStrings({ sources: 'Sources', mythFact: { myth: 'A common myth' } })`.
 * Elements already on the page render again with the new words.
 */
export function setStrings(lang: string, words: HavenStringsUpdate): void;
export function setStrings(words: HavenStringsUpdate): void;
export function setStrings(a: string | HavenStringsUpdate, b?: HavenStringsUpdate): void {
  const [lang, words] = typeof a === 'string' ? [a, b ?? {}] : ['en', a];
  const key = baseLanguage(lang);
  overrides[key] = mergeStrings(overrides[key] ?? {}, words);
  languageDataChanged();
}

const rules = new Map<string, Intl.PluralRules>();

/** The plural category of `n` in `lang` (`one`, `other`…), with one `Intl.PluralRules` per language. */
export function pluralCategory(lang: string, n: number): Intl.LDMLPluralRule {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  return r.select(n);
}

/** `forms` for the count `n` in `lang`, with `{n}` replaced by the number. */
export function plural(lang: string, forms: Plural | string, n: number): string {
  if (typeof forms === 'string') return forms.replace('{n}', String(n));
  return (forms[pluralCategory(lang, n)] ?? forms.other).replace('{n}', String(n));
}

/**
 * Formats an ISO date (YYYY-MM-DD) in `lang`: "November 22, 2026", "22 de noviembre de 2026".
 * The date is a calendar day, so it is read and written in UTC (no time-zone shift). It is written
 * with the language's words for dates (`date`, `months`), not `Intl.DateTimeFormat`: a page's
 * first date format costs Chromium 15-25 ms (it loads its date data), more than rendering ten
 * cards. Like every word, a language whose words are not loaded reads as English. An element
 * passes its own words (`s`: its language controller's, with its `strings` attribute over them).
 */
export function formatDate(iso: string, lang = 'en', s: HavenStrings = strings(lang)): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  // An impossible day rolls over (February 31 is March 3), as Intl showed it.
  const date = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  if (Number.isNaN(date.getTime())) return iso;
  return s.date
    .replace('{day}', String(date.getUTCDate()))
    .replace('{month}', s.months[date.getUTCMonth()]!)
    .replace('{year}', String(date.getUTCFullYear()));
}
