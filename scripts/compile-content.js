#!/usr/bin/env node
// Compiles content/ into src/content/generated/. Exits 1, naming each file and field, when any
// content file breaks the schema. Runs before build, test and Storybook (npm pre-scripts).
import { resolve } from 'node:path';
import { loadTs } from './lib/load-ts.js';

const root = resolve(import.meta.dirname, '..');
const contentDir = resolve(root, process.argv[2] ?? 'content');
const outDir = resolve(root, 'src/content/generated');

const { compileContent, writeModules } = await loadTs('scripts/content-compiler.ts');
const result = compileContent(contentDir);
if (result.errors.length) {
  console.error(`Content has ${result.errors.length} problem(s); nothing was written:`);
  // file:line  field: message  rule (the rule's source: src/lint/rules.ts, `npx haven-lint --rules`)
  for (const e of result.errors) {
    console.error(`  ${e.file}:${e.line}  ${e.field}: ${e.message}${e.rule ? `  ${e.rule}` : ''}`);
  }
  process.exit(1);
}
writeModules(result, outDir);
const counts = Object.entries(result.items).map(([name, list]) => `${list.length} ${name}`);
console.log(`content: compiled ${counts.join(', ')}`);
