import { listRows } from '../../src/content/registry.js';
import { isRecord, type TableRow } from '../../src/content/schema.js';
import type { wellbeingPlanStrings } from './wellbeing-plan.strings.js';

/** An area to set goals in: a row of the well-being table, or an editor's own. */
export interface PlanArea {
  label: string;
  /** Ideas to tick: a built-in row's strategies and examples, or an editor's own words. */
  suggestions: string[];
}

/** An editor's own prompts, from the JSON child: added after the built-in ones. */
export interface PlanJson {
  values?: string[];
  areas?: Array<{ label: string; suggestions?: string[] }>;
  review?: string[];
}

/** What the steps offer. */
export interface PlanConfig {
  values: string[];
  areas: PlanArea[];
  review: string[];
  /** The built-in rows in use, whose sources the footer lists. */
  rows: TableRow[];
}

/** At most this many of an editor's items per list, each at most MAX_TEXT characters long. */
const MAX_ITEMS = 20;
const MAX_TEXT = 200;
/** The keys of the editor's JSON child. */
export const KEYS = ['values', 'areas', 'review'];

const isText = (v: unknown): v is string =>
  typeof v === 'string' && !!v.trim() && v.length <= MAX_TEXT;

/**
 * The items of `value` that `keep` accepts, at most MAX_ITEMS; when anything is left out, a
 * problem saying what `name` should be.
 */
function list<T>(
  value: unknown,
  name: string,
  what: string,
  keep: (v: unknown) => T | undefined,
  note: (problem: string) => void,
): T[] {
  if (value === undefined) return [];
  const all = Array.isArray(value) ? value : [value];
  const ok = all.map(keep).filter((v): v is T => v !== undefined);
  if (!Array.isArray(value) || ok.length < all.length || ok.length > MAX_ITEMS) {
    note(`"${name}" must be a list of at most ${MAX_ITEMS} ${what}; the rest is left out;`);
  }
  return ok.slice(0, MAX_ITEMS);
}

const TEXTS = `texts of 1-${MAX_TEXT} characters`;
const text = (v: unknown) => (isText(v) ? v.trim() : undefined);

/**
 * Reads an editor's JSON child as the input kit parsed it (see the element's doc comment):
 * undefined when there is none or it could not be read; problems go to `note`.
 */
export function readPlanJson(
  data: Record<string, unknown> | undefined,
  note: (problem: string) => void,
): PlanConfig {
  const out: PlanConfig = { values: [], areas: [], review: [], rows: [] };
  if (!data) return out;
  out.values = list(data.values, 'values', TEXTS, text, note);
  out.review = list(data.review, 'review', TEXTS, text, note);
  out.areas = list(
    data.areas,
    'areas',
    `areas with a "label" and "suggestions", ${TEXTS}`,
    (a) =>
      isRecord(a) && isText(a.label)
        ? {
            label: a.label.trim(),
            suggestions: list(a.suggestions, 'suggestions', TEXTS, text, note),
          }
        : undefined,
    note,
  );
  return out;
}

/**
 * The built-in rows named in `areas` (ids such as `physical-health` or `wellbeing/physical-health`),
 * in that order, once each, in `lang`; all of them when it names none, or none that exist.
 */
export function pickRows(
  areas: unknown,
  note: (problem: string) => void,
  lang: string,
): TableRow[] {
  const all = listRows('wellbeing', lang);
  const find = (id: string) => all.find((r) => r.id === id || r.id === `wellbeing/${id}`);
  const ids = String(areas ?? '')
    .split(/[\s,]+/)
    .filter(Boolean);
  const unknown = [...new Set(ids.filter((id) => !find(id)))];
  if (unknown.length) {
    note(
      `unknown area id(s) ${unknown
        .slice(0, 5)
        .map((id) => `"${id}"`)
        .join(', ')} skipped. Known: ${all.map((r) => r.id.slice(10)).join(', ')};`,
    );
  }
  const rows = [...new Set(ids.map(find).filter((r): r is TableRow => !!r))];
  return rows.length ? rows : all;
}

/** What the visitor chose and wrote, read from the form when the plan is shown. */
export interface Plan {
  values: string[];
  goals: Array<{ label: string; items: string[] }>;
  review: string[];
}

/**
 * The visitor's choices and words from `form`: ticked boxes (`v`, `g<area>`, `r`, whose values
 * index `config`'s lists) and own words (`o<step>`, `a<area>`). Step 2's own field is a goal
 * under `other`.
 */
export function readPlan(form: HTMLFormElement, config: PlanConfig, other: string): Plan {
  const data = new FormData(form);
  const own = (name: string) => String(data.get(name) ?? '').trim();
  const list = (name: string, items: string[], ownName: string) =>
    [...data.getAll(name).map((i) => items[Number(i)] ?? ''), own(ownName)].filter(Boolean);
  const goals = config.areas
    .map((a, i) => ({ label: a.label, items: list(`g${i}`, a.suggestions, `a${i}`) }))
    .filter((g) => g.items.length);
  if (own('o1')) goals.push({ label: other, items: [own('o1')] });
  return {
    values: list('v', config.values, 'o0'),
    goals,
    review: list('r', config.review, 'o2'),
  };
}

/** The plan as plain text under `heading`, for the clipboard. */
export function planText(plan: Plan, heading: string, s: typeof wellbeingPlanStrings): string {
  const list = (items: string[]) =>
    items.length ? items.map((t) => `- ${t}`).join('\n') : s.nothing;
  const goals = plan.goals.length
    ? plan.goals.map((g) => `${g.label}\n${list(g.items)}`).join('\n\n')
    : s.nothing;
  return [
    heading,
    `${s.valuesDone}\n${list(plan.values)}`,
    `${s.goalsDone}\n\n${goals}`,
    `${s.reviewDone}\n${list(plan.review)}`,
  ].join('\n\n');
}
