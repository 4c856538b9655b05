import type { mythFactStrings } from '../../components/myth-fact/myth-fact.strings.js';
import type { mythFactsStrings } from '../../components/myth-facts/myth-facts.strings.js';
import type { quickExitInfoStrings } from '../../components/quick-exit-info/quick-exit-info.strings.js';
import type { quickExitStrings } from '../../components/quick-exit/quick-exit.strings.js';
import type { therapistCalloutStrings } from '../../components/therapist-callout/therapist-callout.strings.js';
import type { wellbeingTableStrings } from '../../components/wellbeing-table/wellbeing-table.strings.js';
import type { wellbeingPlanStrings } from '../../components/wellbeing-plan/wellbeing-plan.strings.js';
import { en } from './en.js';

/** Every UI string of every element. */
export type HavenStrings = typeof en &
  typeof mythFactStrings &
  typeof mythFactsStrings &
  typeof wellbeingTableStrings &
  typeof quickExitStrings &
  typeof quickExitInfoStrings &
  typeof therapistCalloutStrings &
  typeof wellbeingPlanStrings;

/** The English defaults of the elements loaded so far (each adds its own with `addStrings`). */
const defaults: Partial<HavenStrings> = { ...en };
let overrides: Partial<HavenStrings> = {};
let current = defaults as HavenStrings;

/** The UI strings in use. An element reads only its own, which it added when it loaded. */
export function strings(): HavenStrings {
  return current;
}

/** Adds an element's English defaults, under any replacement already set. */
export function addStrings(words: Partial<HavenStrings>): void {
  Object.assign(defaults, words);
  current = { ...defaults, ...overrides } as HavenStrings;
}

/**
 * Replaces some or all UI strings, e.g. for another language, including those of elements not
 * loaded yet. Elements that are already on the page pick the new words up on their next render.
 */
export function setStrings(words: Partial<HavenStrings>): void {
  overrides = { ...overrides, ...words };
  current = { ...defaults, ...overrides } as HavenStrings;
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
