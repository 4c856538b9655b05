#!/usr/bin/env node
// Prints the minified, gzip (level 9) and brotli (quality 11) size of every shipped browser file
// and checks the budgets; exits 1 when anything is over budget. Run after a build: `npm run size`.
// With --manifest (the build's last step, and nothing else) it only writes dist/manifest.json:
// files, sizes, sha384 integrity hashes. The report never changes what the build shipped.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { createHash } from 'node:crypto';
import { join, resolve, dirname, relative } from 'node:path';
import { marginalSizes } from './marginal.js';
import { BUDGETS, budgetFor } from './size-budgets.js';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');
const KB = 1024;

if (!existsSync(resolve(dist, 'haven.js'))) {
  console.error('size: dist/haven.js is missing; run npm run build first');
  process.exit(1);
}

const measure = (file) => {
  const buf = readFileSync(file);
  return {
    file: relative(root, file),
    min: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    }).length,
    sha384: `sha384-${createHash('sha384').update(buf).digest('base64')}`,
  };
};

const chunkDir = resolve(dist, 'chunks');
const chunks = existsSync(chunkDir) ? readdirSync(chunkDir).filter((f) => f.endsWith('.js')) : [];
const files = ['haven.js', 'haven.classic.js', 'haven-loader.js']
  .map((f) => resolve(dist, f))
  .filter(existsSync)
  .concat(chunks.map((f) => join(chunkDir, f)))
  .map(measure);
const byFile = new Map(files.map((f) => [f.file, f]));

/** Every file a module pulls in through static imports, itself included. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(resolve(root, file), 'utf8');
  for (const [, spec] of code.matchAll(
    /(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.{1,2}\/[^"']+)["']/g,
  )) {
    closure(relative(root, resolve(dirname(resolve(root, file)), spec)), seen);
  }
  return seen;
}

const checks = [];
/** Records one figure against its budget entry (`{ budget, raised? }`) or a plain number. */
const check = (what, bytes, entry) => {
  const { budget, raised } = typeof entry === 'number' ? { budget: entry } : entry;
  checks.push({ what, bytes, budget, raised, ok: bytes <= budget });
};
const kb = (n) => `${(n / KB).toFixed(2)} KB`;

check('dist/haven.js (everything)', byFile.get('dist/haven.js').brotli, BUDGETS.bundle);
if (byFile.has('dist/haven-loader.js')) {
  check('dist/haven-loader.js', byFile.get('dist/haven-loader.js').brotli, BUDGETS.loader);
  const loader = readFileSync(resolve(dist, 'haven-loader.js'), 'utf8');
  const shared = /^(lit|core|content-\w+)-/;
  for (const name of chunks.filter((c) => !shared.test(c))) {
    const file = `dist/chunks/${name}`;
    const label = name.replace(/-[\w-]{8}\.js$/, '');
    check(`${label}: own chunk`, byFile.get(file).brotli, budgetFor(BUDGETS.ownChunk, label));
    if (!loader.includes(name)) continue; // reached only through another element
    const page = closure('dist/haven-loader.js');
    for (const f of closure(file)) page.add(f);
    const total = [...page].reduce((sum, f) => sum + byFile.get(f).brotli, 0);
    check(
      `${label}: page total via loader (${page.size} files)`,
      total,
      budgetFor(BUDGETS.onePage, label),
    );
  }
}

const manifestOnly = process.argv.includes('--manifest');
if (manifestOnly) {
  const name = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).name;
  const list = files.map(({ file, min, gzip, brotli, sha384 }) => ({
    file: relative('dist', file),
    bytes: min,
    gzip,
    brotli,
    integrity: sha384,
  }));
  writeFileSync(
    resolve(dist, 'manifest.json'),
    `${JSON.stringify({ name, files: list }, null, 2)}\n`,
  );
  process.exit(0);
}
// What each element adds, against the element issues' own budgets (a few rollup builds).
process.chdir(root);
const folders = readdirSync('components', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
for (const m of await marginalSizes(folders)) check(m.what, m.bytes, m.budget);
const head = ['file', 'minified', 'gzip', 'brotli'];
const rows = files.map((f) => [f.file, kb(f.min), kb(f.gzip), kb(f.brotli)]);
const table = (header, body) => {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  console.log(line(header));
  for (const r of body) console.log(line(r));
};
table(head, rows);
console.log('');
table(
  ['budget (brotli)', 'size', 'budget', ''],
  checks.map((c) => [c.what, kb(c.bytes), kb(c.budget), c.ok ? (c.raised ? 'ok*' : 'ok') : 'OVER']),
);
const raised = checks.filter((c) => c.raised);
if (raised.length) {
  console.log('\n* raised, and why:');
  for (const c of raised) console.log(`  ${c.what}: ${c.raised}`);
}

const over = checks.filter((c) => !c.ok);
if (over.length) {
  console.error('');
  for (const c of over) {
    console.error(
      `size: ${c.what} is ${kb(c.bytes)}, over its budget of ${kb(c.budget)} by ${kb(c.bytes - c.budget)} (brotli)`,
    );
  }
  console.error(
    `size: ${over.length} over budget. Make it smaller, or raise the budget in scripts/size-budgets.js with a sentence saying what feature pays for it.`,
  );
  process.exit(1);
}
console.log('\nsize: every budget met');
