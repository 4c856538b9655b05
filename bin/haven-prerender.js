#!/usr/bin/env node
// Pre-renders every haven element in an HTML file with declarative shadow DOM:
//   npx haven-prerender in.html > out.html        (or: cat in.html | npx haven-prerender -)
// The page is then readable with JavaScript off; loading haven.js upgrades it in place.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { loadSsr } from './load-ssr.js';

const arg = process.argv[2];
if (!arg || arg === '--help' || arg === '-h') {
  console.error('usage: haven-prerender <in.html | -> > out.html');
  process.exit(arg ? 0 : 2);
}

const ssr = await loadSsr('haven-prerender');

let source;
try {
  source = readFileSync(arg === '-' ? 0 : arg, 'utf8');
} catch (err) {
  console.error(`haven-prerender: cannot read ${arg}: ${err.message}`);
  process.exit(1);
}
const { html, rendered, skipped } = ssr.prerender(source);
process.stdout.write(html);

// Declarative shadow roots carry <style> blocks. Under a strict Content-Security-Policy they
// need their hashes in style-src (until the bundle loads and Lit applies constructable sheets).
const hashes = new Set();
for (const [, css] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
  hashes.add(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
}
console.error(
  `haven-prerender: rendered ${rendered} element(s), left ${skipped} with editor-written content as is.`,
);
if (hashes.size) console.error(`For a strict CSP add to style-src: ${[...hashes].join(' ')}`);
