// The library's locales besides English, each one folder: `content/<locale>/` holds its words
// (`strings/shared.ts` and `strings/<element>.ts`) beside its content collections. Every folder
// of content/ besides en/ is a shipped locale. HAVEN_LOCALES adds locale folders that are
// never shipped (comma-separated paths, e.g. the pseudo-locale `.cache/locales/qps`, written by
// scripts/pseudo-locale.js): the generator and the content compiler take them in, and the build
// refuses to run while they are in (rollup.config.js), so they never reach dist/ or the package.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/** A locale's name: the primary language subtag the elements read from `lang` (src/i18n/lang.ts). */
export const LOCALE_NAME = /^[a-z]{2,3}$/;

/**
 * Every locale besides English: `{ lang, dir, at, shipped, pseudo }`, shipped ones first, each
 * sorted by name. `dir` is absolute, `at` relative to the repository; `pseudo` comes from the
 * folder's `locale.json` (`{ "pseudo": true }`). `problems` names folders that cannot be locales.
 */
export function findLocales(
  env = process.env.HAVEN_LOCALES ?? '',
  content = resolve(root, 'content'),
  base = root,
) {
  const problems = [];
  const found = [];
  const shipped = existsSync(content)
    ? readdirSync(content, { withFileTypes: true })
        .filter((d) => d.isDirectory() && d.name !== 'en')
        .map((d) => resolve(content, d.name))
        .sort()
    : [];
  const extra = env
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => resolve(base, p));
  for (const dir of [...shipped, ...extra]) {
    const lang = basename(dir);
    const at = relative(base, dir).replaceAll('\\', '/');
    if (!LOCALE_NAME.test(lang)) {
      problems.push(
        `${at}/: a locale folder is named by its language subtag (2-3 letters: es, fr)`,
      );
      continue;
    }
    if (found.some((l) => l.lang === lang)) {
      problems.push(
        `${at}/: the locale "${lang}" is already ${found.find((l) => l.lang === lang).at}/`,
      );
      continue;
    }
    const meta = existsSync(resolve(dir, 'locale.json'))
      ? JSON.parse(readFileSync(resolve(dir, 'locale.json'), 'utf8'))
      : {};
    found.push({ lang, dir, at, shipped: shipped.includes(dir), pseudo: Boolean(meta.pseudo) });
  }
  return { locales: found, problems };
}
