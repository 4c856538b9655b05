import { listRows } from '../../src/content/registry.js';
import type { TableRow } from '../../src/content/schema.js';

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
const KEYS = ['values', 'areas', 'review'];

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A list of short texts: anything else in it is skipped, and said in `problems`. */
function texts(value: unknown, name: string, problems: string[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push(`"${name}" is not a list;`);
    return [];
  }
  const ok = value
    .filter((v): v is string => typeof v === 'string' && !!v.trim() && v.length <= MAX_TEXT)
    .map((v) => v.trim());
  if (ok.length < value.length) {
    problems.push(
      `"${name}": ${value.length - ok.length} item(s) skipped (text of 1-${MAX_TEXT} characters);`,
    );
  }
  if (ok.length > MAX_ITEMS) problems.push(`"${name}": only the first ${MAX_ITEMS} used;`);
  return ok.slice(0, MAX_ITEMS);
}

/** Reads an editor's JSON child (see the element's doc comment); problems go to `problems`. */
export function readPlanJson(source: string | null, problems: string[]): PlanConfig {
  const out: PlanConfig = { values: [], areas: [], review: [], rows: [] };
  if (source === null) return out;
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    problems.push('the JSON child is not valid JSON;');
    return out;
  }
  if (!isObject(data)) {
    problems.push('the JSON child is not an object;');
    return out;
  }
  const unknown = Object.keys(data).filter((k) => !KEYS.includes(k));
  if (unknown.length)
    problems.push(`unknown key(s) ${unknown.join(', ')}; use ${KEYS.join(', ')};`);
  out.values = texts(data.values, 'values', problems);
  out.review = texts(data.review, 'review', problems);
  const areas = data.areas === undefined ? [] : Array.isArray(data.areas) ? data.areas : null;
  if (!areas) problems.push('"areas" is not a list;');
  for (const [i, a] of (areas ?? []).slice(0, MAX_ITEMS).entries()) {
    const label = isObject(a) && typeof a.label === 'string' ? a.label.trim() : '';
    if (!label || label.length > MAX_TEXT) {
      problems.push(`areas[${i}] skipped: it needs a "label" of 1-${MAX_TEXT} characters;`);
      continue;
    }
    const suggestions = texts(
      (a as Record<string, unknown>).suggestions,
      `areas[${i}].suggestions`,
      problems,
    );
    out.areas.push({ label, suggestions });
  }
  if ((areas?.length ?? 0) > MAX_ITEMS) problems.push(`"areas": only the first ${MAX_ITEMS} used;`);
  return out;
}

/**
 * The built-in rows named in `areas` (ids such as `physical-health` or `wellbeing/physical-health`),
 * in that order, once each; all of them when it names none, or none that exist.
 */
export function pickRows(areas: unknown, problems: string[]): TableRow[] {
  const all = listRows('wellbeing');
  const find = (id: string) => all.find((r) => r.id === id || r.id === `wellbeing/${id}`);
  const ids = String(areas ?? '')
    .split(/[\s,]+/)
    .filter(Boolean);
  const unknown = [...new Set(ids.filter((id) => !find(id)))];
  if (unknown.length) {
    problems.push(
      `unknown area id(s) ${unknown
        .slice(0, 5)
        .map((id) => `"${id}"`)
        .join(', ')} skipped. Known: ${all.map((r) => r.id.slice(10)).join(', ')};`,
    );
  }
  const rows = [...new Set(ids.map(find).filter((r): r is TableRow => !!r))];
  return rows.length ? rows : all;
}
