#!/usr/bin/env node
// Compiles content/ into src/content/generated/: English, then each translation, which must match
// the English item for item (see scripts/content-translations.ts); the content rules also read the
// built-in strings files (scripts/strings-check.ts). Exits 1, naming each file,
// line and field, when any content file breaks the schema or the rules. Runs before build, test
// and Storybook (npm pre-scripts).
import { resolve } from 'node:path';
import { loadTs } from './lib/load-ts.js';

const root = resolve(import.meta.dirname, '..');
const contentDir = resolve(root, process.argv[2] ?? 'content');
const outDir = resolve(root, 'src/content/generated');
/** The locales besides English; each has content/<locale>/ and its own generated modules. */
const TRANSLATIONS = ['es'];

const { compileContent, writeModules, writeIdIndexes } = await loadTs(
  'scripts/content-compiler.ts',
);
const { checkTranslations } = await loadTs('scripts/content-translations.ts');
const { checkStrings } = await loadTs('scripts/strings-check.ts');
const results = { en: compileContent(contentDir) };
const errors = [...results.en.errors];
for (const locale of TRANSLATIONS) {
  results[locale] = compileContent(contentDir, locale);
  errors.push(...results[locale].errors, ...checkTranslations(contentDir, locale));
}
// The elements' own words (components/*/*.strings*.ts, src/i18n/<locale>.ts), each in its language.
errors.push(...(await checkStrings(root)));
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
console.log(`content: compiled ${counts.join('; ')}`);
