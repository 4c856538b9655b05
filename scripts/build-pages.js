#!/usr/bin/env node
// Assembles the demo sites and the builder page from one page chrome (demo/chrome.js) and one
// body per page: demo/pages/**/*.html → dist/demo/ (with the demo's styles, icon and scripts
// beside them; `npm start` serves that folder, it is not published), and builder/builder.html →
// dist/builder.html. Each body file starts with front matter (title, site, script…: see
// renderPage). Part of `npm run build`.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import matter from 'gray-matter';
import { renderPage } from '../demo/chrome.js';

const root = resolve(import.meta.dirname, '..');

/** Renders one body file to `out`; `path` is where it sits below its site's root. */
function assemble(file, out, path) {
  const { data, content } = matter(readFileSync(file, 'utf8'));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, renderPage({ ...data, source: relative(root, file) }, content, path));
}

const pages = resolve(root, 'demo/pages');
const site = resolve(root, 'dist/demo');
rmSync(site, { recursive: true, force: true });
const bodies = readdirSync(pages, { recursive: true }).filter((f) => f.endsWith('.html'));
for (const path of bodies) assemble(resolve(pages, path), resolve(site, path), path);
// The demo's own files: everything in demo/ but the chrome and the bodies.
for (const f of readdirSync(resolve(root, 'demo'))) {
  if (f === 'chrome.js' || f === 'pages') continue;
  copyFileSync(resolve(root, 'demo', f), resolve(site, f));
}
assemble(resolve(root, 'builder/builder.html'), resolve(root, 'dist/builder.html'), 'builder.html');
console.log(`pages: ${bodies.length} demo pages → dist/demo/, the builder → dist/builder.html`);
