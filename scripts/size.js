#!/usr/bin/env node
// Prints the minified, gzip (level 9) and brotli (quality 11) size of each shipped bundle and
// fails when one is over its budget. Run after a build: `npm run size`.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Budgets in bytes of brotli output. */
const BUDGETS = [
  { file: 'dist/haven.js', brotli: 9 * 1024, what: 'Lit + every element + English content' },
];

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
let over = 0;
const rows = [];
for (const { file, brotli: budget, what } of BUDGETS) {
  const path = resolve(root, file);
  if (!existsSync(path)) {
    console.error(`size: ${file} is missing; run npm run build first`);
    process.exit(1);
  }
  const buf = readFileSync(path);
  const gz = gzipSync(buf, { level: 9 }).length;
  const br = brotliCompressSync(buf, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  }).length;
  const ok = br <= budget;
  if (!ok) over += 1;
  rows.push([file, kb(buf.length), kb(gz), kb(br), kb(budget), ok ? 'ok' : 'OVER', what]);
}
const head = ['file', 'minified', 'gzip', 'brotli', 'budget (brotli)', '', 'contains'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) =>
  r
    .map((c, i) => c.padEnd(widths[i]))
    .join('  ')
    .trimEnd();
console.log(line(head));
for (const r of rows) console.log(line(r));
if (over) {
  console.error(`size: ${over} file(s) over budget`);
  process.exit(1);
}
