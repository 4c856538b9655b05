#!/usr/bin/env node
// Turns services data (our format or Open Referral HSDS 3.0; JSON, a spreadsheet's CSV, or an
// HSDS tabular data package as a folder or .zip) into markup that reads without JavaScript:
// a <haven-resource-panel> with one pre-rendered <haven-resource> per service.
//   npx haven-resources services.json > panel.html      (or: cat services.json | npx haven-resources -)
//   npx haven-resources services.csv > panel.html       npx haven-resources hsds-package.zip > panel.html
// Options: --heading "Text" (the panel's heading), --plain (attributes only, no pre-rendering),
// --country US (the services' country, for writing phone numbers; US by default).
// Warnings go to stderr. No value is ever made up: what the input does not say stays unset.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { loadSsr } from './load-ssr.js';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : (args.splice(i, name === '--plain' ? 1 : 2)[1] ?? '');
};
const heading = flag('--heading');
const plain = flag('--plain') !== undefined;
const country = flag('--country') || 'US';
const arg = args[0];
if (!arg || arg === '--help' || arg === '-h') {
  console.error(
    'usage: haven-resources <services.json | services.csv | hsds-folder | hsds.zip | -> [--heading TEXT] [--plain] [--country US] > panel.html',
  );
  process.exit(arg ? 0 : 2);
}

const ssr = await loadSsr('haven-resources');
// After loadSsr: it says what to do when the package is not built.
const { resourcesMarkup } = await import('./resources-markup.js');
const tables = await import('./resources-tables.js');

let data;
/** From a table: the rows read and those skipped, with why; and each problem by row and column. */
let table;
const type = arg === '-' ? undefined : tables.kind(arg);
try {
  if (type === 'csv')
    table = tables.readServicesCsv(tables.decode(readFileSync(arg)), { file: arg, country });
  else if (type === 'hsds')
    table = tables.readHsdsPackage(tables.packageFiles(arg), { file: arg, country });
  else data = JSON.parse(readFileSync(arg === '-' ? 0 : arg, 'utf8'));
} catch (err) {
  const as = type === 'csv' ? 'CSV' : type === 'hsds' ? 'an HSDS package' : 'JSON';
  console.error(`haven-resources: cannot read ${arg} as ${as}: ${err.message}`);
  process.exit(1);
}
if (table) data = table.entries;
const warnings = new Set();
for (const p of table?.problems ?? []) warnings.add(p);
/** The element would report what the converter reports already: say it once. */
const quietly = (fn) => (markup) => {
  const { warn } = console;
  console.warn = () => {};
  try {
    return fn(markup);
  } finally {
    console.warn = warn;
  }
};
const { html, count } = resourcesMarkup(
  data,
  { heading, country, render: plain ? undefined : quietly(ssr.renderElement) },
  (m) => warnings.add(m),
);
process.stdout.write(html);
for (const w of warnings) console.error(`haven-resources: ${w}`);
console.error(`haven-resources: ${count} service(s) written.`);
if (table) {
  const skipped = table.read - count;
  console.error(
    `haven-resources: ${table.read} row(s) read, ${count} imported, ${skipped} skipped${skipped ? ':' : '.'}`,
  );
  for (const why of table.skipped) console.error(`  skipped: ${why}`);
  const more = skipped - table.skipped.length;
  if (more > 0) console.error(`  skipped: ${more} more, for the reasons given above`);
}
const hashes = new Set();
for (const [, css] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
  hashes.add(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
}
if (hashes.size) console.error(`For a strict CSP add to style-src: ${[...hashes].join(' ')}`);
