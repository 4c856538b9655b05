#!/usr/bin/env node
// Pre-renders every haven element in an HTML file with declarative shadow DOM:
//   npx haven-prerender in.html > out.html        (or: cat in.html | npx haven-prerender -)
// The page is then readable with JavaScript off; loading haven.js upgrades it in place.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const arg = process.argv[2];
if (!arg || arg === '--help' || arg === '-h') {
  console.error('usage: haven-prerender <in.html | -> > out.html');
  process.exit(arg ? 0 : 2);
}

// The server renderer the package ships (dist/npm). Nothing outside the package's `files`.
let ssr;
try {
  ssr = await import('../dist/npm/src/ssr.js');
} catch (err) {
  console.error(
    `haven-prerender: cannot load dist/npm/src/ssr.js (${err.message}); in a clone of the repository, run npm run build first`,
  );
  process.exit(1);
}

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
