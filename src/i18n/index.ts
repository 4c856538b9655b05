import { en, type HavenStrings } from './en.js';

export type { HavenStrings };

let current: HavenStrings = { ...en };

/** The UI strings in use. */
export function strings(): HavenStrings {
  return current;
}

/**
 * Replaces some or all UI strings, e.g. for another language. Elements that are already on the
 * page pick the new words up on their next render.
 */
export function setStrings(overrides: Partial<HavenStrings>): void {
  current = { ...current, ...overrides };
}

/** Formats an ISO date (YYYY-MM-DD) for reading, in the language of `el`'s nearest `lang`. */
export function formatDate(iso: string, el: Element): string {
  const date = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  // Server renderers have no `closest`; they format in English.
  const lang = el.closest?.('[lang]')?.getAttribute('lang') || 'en';
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  }
}
