import type { ElementStrings } from '../generated/strings.js';
import { en } from './en.js';

/** Every UI string of every element (the elements' part is generated from their folders). */
export type HavenStrings = typeof en & ElementStrings;

/** A string with plural forms, keyed by `Intl.PluralRules` category; `other` is required. */
export type Plural = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** The languages the library has words for. A page's other languages fall back to English. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The library language of a BCP 47 tag: `es`, `es-419`, `es-MX`, `es-US`… are `es`; `en-*` and no
 * tag at all are `en`; any other tag gives its primary subtag, lower-cased (`fr-CA` is `fr`).
 */
export function baseLanguage(tag: string): string {
  return tag.trim().split(/[-_]/)[0]!.toLowerCase() || 'en';
}

/** Each language's defaults (added by the elements' modules) and a page's replacements. */
const defaults: Record<string, Partial<HavenStrings>> = { en: { ...en } };
const overrides: Record<string, Partial<HavenStrings>> = {};
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
    words = {
      ...defaults.en,
      ...(key === 'en' ? {} : defaults[key]),
      ...overrides[key],
    } as HavenStrings;
    merged.set(key, words);
  }
  return words;
}

/** Whether every key of `own` has words in `lang` (an element's words are loaded, or set). */
export function hasStrings(lang: string, own: object): boolean {
  const key = baseLanguage(lang);
  const have = { ...defaults[key], ...overrides[key] };
  return Object.keys(own).every((k) => k in have);
}

/** Adds an element's default words in `lang` (English unless given), under any replacement. */
export function addStrings(words: Partial<HavenStrings>, lang = 'en'): void {
  const key = baseLanguage(lang);
  defaults[key] = { ...defaults[key], ...words };
  // An element's English words arrive with its class, before any of its instances renders.
  if (key === 'en') merged.clear();
  else languageDataChanged();
}

/**
 * Replaces some or all UI strings of a language, including those of elements not loaded yet:
 * `setStrings('es', { quickExit: 'Salir ya' })`. With only the words, it replaces English ones.
 * Elements already on the page render again with the new words.
 */
export function setStrings(lang: string, words: Partial<HavenStrings>): void;
export function setStrings(words: Partial<HavenStrings>): void;
export function setStrings(a: string | Partial<HavenStrings>, b?: Partial<HavenStrings>): void {
  const [lang, words] = typeof a === 'string' ? [a, b ?? {}] : ['en', a];
  const key = baseLanguage(lang);
  overrides[key] = { ...overrides[key], ...words };
  languageDataChanged();
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** `forms` for the count `n` in `lang`, with `{n}` replaced by the number. */
export function plural(lang: string, forms: Plural | string, n: number): string {
  if (typeof forms === 'string') return forms.replace('{n}', String(n));
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return (forms[rules.select(n)] ?? forms.other).replace('{n}', String(n));
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Formats an ISO date (YYYY-MM-DD) in `lang`: "November 22, 2026", "22 de noviembre de 2026".
 * The date is a calendar day, so it is read and written in UTC (no time-zone shift).
 */
export function formatDate(iso: string, lang = 'en'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(lang, format);
  }
  const date = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}
