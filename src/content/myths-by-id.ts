/**
 * The built-in myth/fact texts one id at a time, for the loader (`dist/haven-loader.js`): a page
 * with one card downloads that card's text, not the whole pack. The bundles and the npm modules
 * register the whole pack (builtin-myths.ts) and never load this module.
 */
import { en, locales, renamed } from './generated/myths.ids.js';
import { expectMyths } from './registry.js';

// Before any text arrives: a card waiting for a built-in id is not a card with an unknown id.
expectMyths(
  Object.keys(en).filter((id) => !(id in renamed)),
  renamed,
);

/**
 * Loads the texts of `ids` (old ids of renamed items too) in `lang` (English for a language
 * without texts of its own). An id that is not built in loads nothing: the card says so.
 */
export async function loadMyths(ids: readonly string[], lang: string): Promise<unknown> {
  const modules = locales[lang] ? (await locales[lang]()).modules : en;
  return Promise.all(ids.map((id) => modules[id]?.()));
}
