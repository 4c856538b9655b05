#!/usr/bin/env node
// Assembles the demo sites and the builder page from one page chrome (demo/chrome.js) and one
// body per page: demo/pages/**/*.html → dist/demo/ (with the demo's styles, icon and scripts
// beside them; `npm start` serves that folder, it is not published), and builder/builder.html →
// dist/builder.html. Each body file starts with front matter (title, site, script…: see
// renderPage). Part of `npm run build`, after rollup: every demo page is pre-rendered with the
// library's own server rendering (dist/npm/src/ssr.js), as a host that pre-renders serves it, so
// it paints its words before any script runs and reads the same with JavaScript off. The script
// tag does not block rendering.
//
// The pre-rendered shadow roots carry one <style> block per element. The strict
// Content-Security-Policy allows them by hash: dist/demo/style-hashes.json lists each block's
// sha256, and scripts/serve.js adds them to style-src (as a host adds what haven-prerender prints).
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, relative, resolve } from 'node:path';
import matter from 'gray-matter';
import { renderPage } from '../demo/chrome.js';

const root = resolve(import.meta.dirname, '..');
const { prerender } = await import('../dist/npm/src/ssr.js');
const hashes = new Set();

/** Renders one body file to `out`; `path` is where it sits below its site's root. */
function assemble(file, out, path, { prerendered = false } = {}) {
  const { data, content } = matter(readFileSync(file, 'utf8'));
  mkdirSync(dirname(out), { recursive: true });
  let page = renderPage({ ...data, source: relative(root, file) }, content, path);
  if (prerendered) {
    page = prerender(page).html;
    for (const [, css] of page.matchAll(/<style>([\s\S]*?)<\/style>/g))
      hashes.add(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  }
  writeFileSync(out, page);
}

const pages = resolve(root, 'demo/pages');
const site = resolve(root, 'dist/demo');
rmSync(site, { recursive: true, force: true });
const bodies = readdirSync(pages, { recursive: true }).filter((f) => f.endsWith('.html'));
for (const path of bodies)
  assemble(resolve(pages, path), resolve(site, path), path, { prerendered: true });
writeFileSync(
  resolve(site, 'style-hashes.json'),
  `${JSON.stringify([...hashes].sort(), null, 2)}\n`,
);
// The demo's own files: everything in demo/ but the chrome and the bodies.
for (const f of readdirSync(resolve(root, 'demo'))) {
  if (f === 'chrome.js' || f === 'pages') continue;
  copyFileSync(resolve(root, 'demo', f), resolve(site, f));
}
assemble(resolve(root, 'builder/builder.html'), resolve(root, 'dist/builder.html'), 'builder.html');
console.log(
  `pages: ${bodies.length} demo pages pre-rendered → dist/demo/ (${hashes.size} style hashes), the builder → dist/builder.html`,
);
