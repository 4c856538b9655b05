#!/usr/bin/env node
// Compiles content/ into src/content/generated/: English, then each locale (content/<locale>/,
// and any HAVEN_LOCALES folder: scripts/lib/locales.js), which must match the English item for
// item (see scripts/content-translations.ts); the content rules also read the built-in strings
// files (scripts/strings-check.ts). Exits 1, naming each file, line and field, when any content
// file breaks the schema or the rules. Runs before build, test and Storybook (npm pre-scripts).
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadTs } from './lib/load-ts.js';
import { findLocales } from './lib/locales.js';

const root = resolve(import.meta.dirname, '..');
const contentDir = resolve(root, process.argv[2] ?? 'content');
const outDir = resolve(root, 'src/content/generated');
const { locales, problems } = findLocales(process.env.HAVEN_LOCALES, contentDir);
if (problems.length) {
  console.error(
    `content: ${problems.length} problem(s) in the locale folders; nothing was written:`,
  );
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}

const { compileContent, writeModules, writeIdIndexes } = await loadTs(
  'scripts/content-compiler.ts',
);
const { checkTranslations } = await loadTs('scripts/content-translations.ts');
const { checkStrings } = await loadTs('scripts/strings-check.ts');
const results = { en: compileContent(contentDir) };
const errors = [...results.en.errors];
for (const { lang, dir } of locales) {
  // How the locale describes the sources (content/<locale>/sources.ts).
  const file = resolve(dir, 'sources.ts');
  const described = existsSync(file) ? Object.assign({}, ...Object.values(await loadTs(file))) : {};
  results[lang] = compileContent(contentDir, lang, dir, described);
  errors.push(...results[lang].errors, ...checkTranslations(contentDir, lang, dir));
}
// The elements' own words (components/*/*.strings.ts, content/<locale>/strings/), each in its language.
errors.push(...(await checkStrings(root, locales)));
if (errors.length) {
  console.error(`Content has ${errors.length} problem(s); nothing was written:`);
  // file:line  field: message  rule (the rules' sources: src/lint/rules.ts, `npx haven-lint
  // --rules`; the translation rules: scripts/content-translations.ts)
  for (const e of errors) {
    console.error(`  ${e.file}:${e.line}  ${e.field}: ${e.message}${e.rule ? `  ${e.rule}` : ''}`);
  }
  process.exit(1);
}
const counts = [];
for (const [locale, result] of Object.entries(results)) {
  writeModules(result, outDir, locale);
  const n = Object.entries(result.items).map(([name, list]) => `${list.length} ${name}`);
  counts.push(`${locale}: ${n.join(', ')}`);
}
writeIdIndexes(results, outDir);
// The modules of a locale that is gone (a HAVEN_LOCALES folder no longer asked for).
const known = new Set(Object.keys(results));
const sweep = (dir) => {
  for (const f of existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : []) {
    if (f.isDirectory()) sweep(resolve(dir, f.name));
    // <collection>.<locale>.ts, <collection>.ids.<locale>.ts, <collection>/<slug>.<locale>.ts
    const m = /\.([a-z]{2,3})\.ts$/.exec(f.name);
    if (f.isFile() && m && m[1] !== 'ids' && !known.has(m[1])) rmSync(resolve(dir, f.name));
  }
};
sweep(outDir);
console.log(`content: compiled ${counts.join('; ')}`);
