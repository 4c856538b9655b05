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
