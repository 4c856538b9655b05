import type { CompetenceItem, MythItem, TableRow, Topic } from './schema.js';
import { warnOnce } from '../internal/warn.js';

/**
 * The built-in content packs, by collection. Components look items up here and never import
 * content themselves, so a build can leave a pack out or a host can register its own.
 */
const myths = new Map<string, MythItem>();
/** Old ids of renamed items, to their current id. */
const renamed = new Map<string, string>();

/** Adds myth/fact items (a later item with the same id replaces the earlier one). */
export function registerMyths(items: readonly MythItem[]): void {
  for (const item of items) {
    myths.set(item.id, item);
    for (const old of item.formerly ?? []) renamed.set(old, item.id);
  }
}

/** A myth/fact item by id, or undefined. An old id of a renamed item still finds it, with a note once. */
export function getMyth(id: string): MythItem | undefined {
  const item = myths.get(id);
  if (item) return item;
  const now = renamed.get(id);
  if (now === undefined) return undefined;
  warnOnce('haven-myth-fact', `content id "${id}" is now "${now}": the old id still works, but use the new one.`);
  return myths.get(now);
}

/** Every registered myth/fact item, optionally only those of one topic. */
export function listMyths(topic?: Topic): MythItem[] {
  const all = [...myths.values()];
  return topic ? all.filter((m) => m.topics.includes(topic)) : all;
}

/** The ids registered, for messages that list what would have worked. */
export function mythIds(): string[] {
  return [...myths.keys()];
}

const rows = new Map<string, TableRow>();

/** Adds table rows, e.g. `wellbeing/…` or `barriers/…` (a later row with the same id replaces the earlier one). */
export function registerRows(items: readonly TableRow[]): void {
  for (const item of items) rows.set(item.id, item);
}

/** Every registered row of one table (`wellbeing`, `barriers`), in registration order. */
export function listRows(table: string): TableRow[] {
  return [...rows.values()].filter((r) => r.id.startsWith(`${table}/`));
}

const competence = new Map<string, CompetenceItem>();

/** Adds "find a competent therapist" items (a later item with the same id replaces the earlier one). */
export function registerCompetence(items: readonly CompetenceItem[]): void {
  for (const item of items) competence.set(item.id, item);
}

/** Every registered competence item, in registration order. */
export function listCompetence(): CompetenceItem[] {
  return [...competence.values()];
}
