#!/usr/bin/env node
// Turns services data (our format or Open Referral HSDS 3.0) into markup that reads without
// JavaScript: a <haven-resource-panel> with one pre-rendered <haven-resource> per service.
//   npx haven-resources services.json > panel.html      (or: cat services.json | npx haven-resources -)
// Options: --heading "Text" (the panel's heading), --plain (attributes only, no pre-rendering).
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
const arg = args[0];
if (!arg || arg === '--help' || arg === '-h') {
  console.error(
    'usage: haven-resources <services.json | -> [--heading TEXT] [--plain] > panel.html',
  );
  process.exit(arg ? 0 : 2);
}

const ssr = await loadSsr('haven-resources');
// After loadSsr: it says what to do when the package is not built.
const { resourcesMarkup } = await import('./resources-markup.js');

let data;
try {
  data = JSON.parse(readFileSync(arg === '-' ? 0 : arg, 'utf8'));
} catch (err) {
  console.error(`haven-resources: cannot read ${arg} as JSON: ${err.message}`);
  process.exit(1);
}
const warnings = new Set();
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
  { heading, render: plain ? undefined : quietly(ssr.renderElement) },
  (m) => warnings.add(m),
);
process.stdout.write(html);
for (const w of warnings) console.error(`haven-resources: ${w}`);
console.error(`haven-resources: ${count} service(s) written.`);
const hashes = new Set();
for (const [, css] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
  hashes.add(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
}
if (hashes.size) console.error(`For a strict CSP add to style-src: ${[...hashes].join(' ')}`);
