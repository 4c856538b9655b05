import { baseLanguage, languageDataChanged } from '../i18n/index.js';
import type { CompetenceItem, MythItem, TableRow, Topic } from './schema.js';
import { warnOnce } from '../internal/warn.js';

/**
 * The built-in content packs, by collection and language. Components look items up here and never
 * import content themselves, so a build can leave a pack out or a host can register its own. A
 * lookup in a language falls back, item by item, to the English item with the same id.
 */
class Pack<T extends { id: string }> {
  private byLang = new Map<string, Map<string, T>>([['en', new Map()]]);

  add(items: readonly T[], lang: string): void {
    const key = baseLanguage(lang);
    let map = this.byLang.get(key);
    if (!map) this.byLang.set(key, (map = new Map()));
    for (const item of items) map.set(item.id, item);
    // A translation, or a text the loader brings by id, may arrive after the elements render.
    languageDataChanged();
  }

  get(id: string, lang: string): T | undefined {
    return this.byLang.get(baseLanguage(lang))?.get(id) ?? this.byLang.get('en')!.get(id);
  }

  /** Every item in English order, each in `lang` where it has one; then items only in `lang`. */
  list(lang: string): T[] {
    const ids = new Set([
      ...this.byLang.get('en')!.keys(),
      ...(this.byLang.get(baseLanguage(lang))?.keys() ?? []),
    ]);
    return [...ids].map((id) => this.get(id, lang)!);
  }

  ids(): string[] {
    return [...new Set([...this.byLang.values()].flatMap((m) => [...m.keys()]))];
  }
}

const myths = new Pack<MythItem>();
/** Old ids of renamed items, to their current id. */
const renamed = new Map<string, string>();
/**
 * The built-in ids the loader brings one at a time (src/content/myths-by-id.ts), each to its place
 * in the pack's order (a Map keeps them in that order too).
 */
let coming = new Map<string, number>();

/**
 * Tells the registry which built-in ids exist before their texts arrive (the loader brings each
 * when a card asks for it): a card waiting for one says nothing, and messages list them all.
 */
export function expectMyths(ids: readonly string[], old: Record<string, string>): void {
  coming = new Map(ids.map((id, i) => [id, i]));
  for (const id in old) renamed.set(id, old[id]!);
}

/** Whether the loader brings `id` (or the old id of one): not found yet, its text is on its way. */
export function mythExpected(id: string): boolean {
  return coming.has(renamed.get(id) ?? id);
}

/** Adds myth/fact items in `lang`, English by default (a later item with the same id replaces the earlier one). */
export function registerMyths(items: readonly MythItem[], lang = 'en'): void {
  myths.add(items, lang);
  for (const item of items) for (const old of item.formerly ?? []) renamed.set(old, item.id);
}

/**
 * A myth/fact item by id, in `lang` when there is one, else in English; or undefined. An old id
 * of a renamed item still finds it, with a note once.
 */
export function getMyth(id: string, lang = 'en'): MythItem | undefined {
  const item = myths.get(id, lang);
  if (item) return item;
  const now = renamed.get(id);
  if (now === undefined) return undefined;
  warnOnce(
    'haven-myth-fact',
    `content id "${id}" is now "${now}": the old id still works, but use the new one.`,
  );
  return myths.get(now, lang);
}

/**
 * Every registered myth/fact item, optionally only those of one topic: the built-in ones in the
 * pack's order (the loader brings texts by id in any order), then any a host added.
 */
export function listMyths(topic?: Topic, lang = 'en'): MythItem[] {
  const all = myths.list(lang);
  if (coming.size) {
    const rank = (m: MythItem) => coming.get(m.id) ?? coming.size;
    all.sort((a, b) => rank(a) - rank(b));
  }
  return topic ? all.filter((m) => m.topics.includes(topic)) : all;
}

/**
 * The ids registered or on their way, for messages that list what would have worked: the
 * built-in ones in the pack's order, then any a host added.
 */
export function mythIds(): string[] {
  return [...new Set([...coming.keys(), ...myths.ids()])];
}

const rows = new Pack<TableRow>();

/** Adds table rows in `lang`, e.g. `wellbeing/…` or `barriers/…` (a later row with the same id replaces the earlier one). */
export function registerRows(items: readonly TableRow[], lang = 'en'): void {
  rows.add(items, lang);
}

/** Every registered row of one table (`wellbeing`, `barriers`), in registration order. */
export function listRows(table: string, lang = 'en'): TableRow[] {
  return rows.list(lang).filter((r) => r.id.startsWith(`${table}/`));
}

const competence = new Pack<CompetenceItem>();

/** Adds "find a competent therapist" items in `lang` (a later item with the same id replaces the earlier one). */
export function registerCompetence(items: readonly CompetenceItem[], lang = 'en'): void {
  competence.add(items, lang);
}

/** Every registered competence item, in registration order. */
export function listCompetence(lang = 'en'): CompetenceItem[] {
  return competence.list(lang);
}
