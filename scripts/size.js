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
import { judge } from './size-judge.js';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');
const KB = 1024;

if (!existsSync(resolve(dist, 'haven.js'))) {
  console.error('size: dist/haven.js is missing; run npm run build first');
  process.exit(1);
}

const brotli = (buf) =>
  brotliCompressSync(buf, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  }).length;

const measure = (file) => {
  const buf = readFileSync(file);
  return {
    file: relative(root, file),
    min: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotli(buf),
    sha384: `sha384-${createHash('sha384').update(buf).digest('base64')}`,
  };
};

/** The locales besides English (content/<lang>/), from the generated list. */
const { elements: declared, locales } = JSON.parse(
  readFileSync(resolve(root, 'src/generated/elements.json'), 'utf8'),
);
const languages = locales.map((l) => l.lang);
/** A chunk of some locale's: `<name>.<lang>-`, `content-<pack>-<lang>-`, `strings-<lang>-`. */
const inLocale = (lang) => new RegExp(`\\.${lang}-|-${lang}-`);
const inAnyLocale = (c) => languages.some((l) => inLocale(l).test(c));
const chunkDir = resolve(dist, 'chunks');
const chunks = existsSync(chunkDir) ? readdirSync(chunkDir).filter((f) => f.endsWith('.js')) : [];
const files = [
  'haven.js',
  'haven.classic.js',
  ...languages.map((l) => `haven.${l}.js`),
  'haven-loader.js',
]
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
/** Records one figure against its budget entry (see scripts/size-judge.js). */
const check = (what, bytes, entry) => checks.push(judge(what, bytes, entry));
const kb = (n) => `${(n / KB).toFixed(2)} KB`;
/** A chunk's name without its content hash: `content-myths.risk-varies-CJLPdrE4.js` → `content-myths.risk-varies`. */
const unhashed = (chunk) => chunk.replace(/-[\w-]{8}\.js$/, '');

check('dist/haven.js (everything)', byFile.get('dist/haven.js').brotli, BUDGETS.bundle);
if (byFile.has('dist/haven-loader.js')) {
  check('dist/haven-loader.js', byFile.get('dist/haven-loader.js').brotli, BUDGETS.loader);
  const loader = readFileSync(resolve(dist, 'haven-loader.js'), 'utf8');
  // Shared chunks (Lit and the core, content, words), and each locale's (measured together
  // under the locale budget below).
  const shared = { test: (c) => /^(lit|core|content|strings)-/.test(c) || inAnyLocale(c) };
  /** The English chunks of a pack's texts brought by id: content-<pack>.<slug>-<hash>.js. */
  const oneIdTexts = (pack) =>
    chunks.filter((c) => new RegExp(`^content-${pack}\\.[\\w-]+-[\\w-]{8}\\.js$`).test(c));
  for (const name of chunks.filter((c) => !shared.test(c))) {
    const file = `dist/chunks/${name}`;
    const label = unhashed(name);
    check(`${label}: own chunk`, byFile.get(file).brotli, budgetFor(BUDGETS.ownChunk, label));
    if (!loader.includes(name)) continue; // reached only through another element
    const page = closure('dist/haven-loader.js');
    for (const f of closure(file)) page.add(f);
    // An element whose texts come by id: every chunk the loader imports for it (its own, and
    // what loads its texts), and the texts a page with one of it shows: the largest one-id
    // text (named), or every text (the whole pack).
    const e = declared.find((d) => d.name === label);
    let texts = '';
    if (e?.contentById) {
      const imports = new RegExp(`"${e.tag}":\\(\\)=>import\\("\\./(chunks/[^"]+)"\\)`, 'g');
      for (const [, f] of loader.matchAll(imports)) {
        // (Not its words in another language: those count under the Spanish budget.)
        if (!inAnyLocale(f)) for (const c of closure(`dist/${f}`)) page.add(c);
      }
      for (const pack of e.content) {
        const size = (c) => byFile.get(`dist/chunks/${c}`).brotli;
        const text =
          e.contentById.page === 'all'
            ? chunks.find((c) => new RegExp(`^content-${pack}-[\\w-]{8}\\.js$`).test(c))
            : oneIdTexts(pack).sort((a, b) => size(b) - size(a))[0];
        for (const c of closure(`dist/chunks/${text}`)) page.add(c);
        texts += `, ${e.contentById.page === 'all' ? 'every text' : 'the largest one-id text'}: ${unhashed(text)}`;
      }
    }
    const total = [...page].reduce((sum, f) => sum + byFile.get(f).brotli, 0);
    check(
      `${label}: page total via loader (${page.size} files${texts})`,
      total,
      budgetFor(BUDGETS.onePage, label),
    );
  }
}

/** Figures shown with the budgets, checked by none. */
const notes = [];
// Each locale: its chunks (words, content) measured as one brotli stream, as a page all in that
// language over HTTP/2 would get them, under the budget Spanish set for a locale; and what the
// locale adds to the drop-in bundle. The one-id texts repeat the whole packs' texts (a page loads
// one or the other): counted once, as the packs.
for (const lang of languages) {
  const label = lang === 'es' ? 'Spanish' : `Locale "${lang}"`;
  const oneId = chunks.filter((c) => new RegExp(`^content-\\w+\\.[\\w-]+\\.${lang}-`).test(c));
  const own = chunks.filter((c) => inLocale(lang).test(c) && !oneId.includes(c));
  if (!own.length) continue;
  const together = Buffer.concat(own.map((c) => readFileSync(join(chunkDir, c))));
  check(
    `${label}: every element's words + all content (${own.length} chunks)`,
    brotli(together),
    BUDGETS.spanish,
  );
  const sum = own.reduce((n, c) => n + byFile.get(`dist/chunks/${c}`).brotli, 0);
  notes.push(
    `${label} chunks, each compressed on its own: ${kb(sum)} in all, besides the ${oneId.length} one-id texts`,
  );
  if (byFile.has(`dist/haven.${lang}.js`)) {
    const added = byFile.get(`dist/haven.${lang}.js`).brotli - byFile.get('dist/haven.js').brotli;
    notes.push(`dist/haven.${lang}.js adds ${kb(added)} to dist/haven.js`);
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
  ['budget (brotli)', 'size', 'budget', 'target', ''],
  checks.map((c) => [
    c.what,
    kb(c.bytes),
    kb(c.budget),
    c.raised ? kb(c.target) : '',
    c.ok ? (c.bytes > c.target ? 'ok*' : 'ok') : 'OVER',
  ]),
);
for (const note of notes) console.log(note);
const missed = checks.filter((c) => c.ok && c.bytes > c.target);
if (missed.length) {
  console.log('\n* within a raised budget, over its target; what pays for it:');
  for (const c of missed)
    console.log(
      `  ${c.what}: ${kb(c.bytes - c.target)} over the target of ${kb(c.target)}; ${c.raised}`,
    );
}
const metTarget = checks.filter((c) => c.raised && c.bytes <= c.target);
for (const c of metTarget)
  console.log(
    `\nsize: ${c.what} is within its target of ${kb(c.target)}: lower its budget to the target and drop \`raised\`.`,
  );

const unjustified = checks.filter((c) => c.problem);
for (const c of unjustified)
  console.error(`size: ${c.problem} (scripts/size-budgets.js or the element's declaration).`);
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
if (unjustified.length) process.exit(1);
console.log('\nsize: every budget met');
