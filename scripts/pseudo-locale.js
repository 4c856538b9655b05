#!/usr/bin/env node
// Writes the pseudo-locale "qps" (from qps-ploc, the pseudo-locale tag in ISO 639's private-use
// range qaa-qtz, so it never names a real language) to .cache/locales/qps/, as a locale folder
// like content/es/: every English string and content item accented (a→á, e→é…), about 40% longer
// and bracketed ("[Šöûŕçéš ~]"), placeholders ({n}, {total}…) kept as they are. It never ships:
// the generator and the content compiler take it in only when HAVEN_LOCALES names it, and the
// build refuses to run while it is in (scripts/lib/locales.js).
//
//   node scripts/pseudo-locale.js           writes the folder
//   node scripts/pseudo-locale.js --test [--engines=chromium] [-- <test runner options>]
//       writes it, generates with it, runs the locale tests (every example of every element,
//       the 320 px layout check, the language tests) in it, then generates without it again
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import matter from 'gray-matter';
import { loadTs } from './lib/load-ts.js';

const root = resolve(import.meta.dirname, '..');
const LANG = 'qps';
const out = resolve(root, '.cache/locales', LANG);

const ACCENTS = Object.fromEntries(
  [
    ...'abcdefghijklmnopqrstuvwxyz'.split('').map((c, i) => [c, 'áƀçðéƒĝĥíĵķļɱñöþǫŕšţûṽŵẋýž'[i]]),
    ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((c, i) => [c, 'ÁƁÇÐÉƑĜĤÍĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'[i]]),
  ].map(([c, a]) => [c, a]),
);

/** Accents every letter of `text` outside placeholders (`{n}`) and what `keep` matches. */
export function accent(text, keep = /\{\w+\}/g) {
  let result = '';
  let at = 0;
  for (const m of text.matchAll(keep)) {
    result += [...text.slice(at, m.index)].map((c) => ACCENTS[c] ?? c).join('');
    result += m[0];
    at = m.index + m[0].length;
  }
  return result + [...text.slice(at)].map((c) => ACCENTS[c] ?? c).join('');
}

/** Tildes that make `text` about 40% longer, brackets included. */
const padding = (text, tilde = '~') =>
  tilde.repeat(Math.max(1, Math.round(text.replace(/\{\w+\}/g, '').length * 0.4) - 3));

/** One string of the library in the pseudo-locale: "[Šöûŕçéš ~]". */
export function pseudo(text) {
  if (!text.trim()) return text;
  return `[${accent(text)} ${padding(text)}]`;
}

/** Every string of a value of words (a text, a list, plural forms, a namespace) made pseudo. */
const pseudoWords = (value) =>
  typeof value === 'string'
    ? pseudo(value)
    : Array.isArray(value)
      ? value.map(pseudoWords)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoWords(v)]))
        : value;

/**
 * A markdown body made pseudo line by line: each line's text bracketed after its list or quote
 * marker, links' addresses, inline code and entities kept, escaped tildes (GFM reads `~~` as
 * strike-through).
 */
function pseudoMarkdown(body) {
  const keep = /\]\([^)]*\)|`[^`]*`|&\w+;|<[^>]+>|\{\w+\}/g;
  return body
    .split('\n')
    .map((line) => {
      const m = /^(\s*(?:[-*+]|\d+\.|>|#+)?\s*)(.*)$/.exec(line);
      if (!m[2].trim()) return line;
      return `${m[1]}[${accent(m[2], keep)} ${padding(m[2], '\\~')}]`;
    })
    .join('\n');
}

/** A TypeScript module of words, typed as the English ones. */
function wordsModule(comment, typeName, typeFrom, exportName, words) {
  return [
    `// ${comment} Written by scripts/pseudo-locale.js: do not edit.`,
    `import type { ${typeName} } from '${typeFrom}';`,
    '',
    `export const ${exportName}: typeof ${typeName} = ${JSON.stringify(words, null, 2)};`,
    '',
  ].join('\n');
}

async function writeLocale() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(resolve(out, 'strings'), { recursive: true });
  writeFileSync(resolve(out, 'locale.json'), `${JSON.stringify({ pseudo: true }, null, 2)}\n`);
  const up = (file) => relative(resolve(out, 'strings'), resolve(root, file)).replaceAll('\\', '/');
  const { en } = await loadTs('src/i18n/en.ts');
  writeFileSync(
    resolve(out, 'strings/shared.ts'),
    wordsModule(
      'The shared words in the pseudo-locale.',
      'en',
      up('src/i18n/en.js'),
      'qps',
      pseudoWords(en),
    ),
  );
  let strings = 1;
  for (const d of readdirSync(resolve(root, 'components'), { withFileTypes: true })) {
    const file = `components/${d.name}/${d.name}.strings.ts`;
    if (!d.isDirectory() || !existsSync(resolve(root, file))) continue;
    const [[name, words]] = Object.entries(await loadTs(file));
    writeFileSync(
      resolve(out, `strings/${d.name}.ts`),
      wordsModule(
        `The words of <haven-${d.name}> in the pseudo-locale.`,
        name,
        up(file.replace(/\.ts$/, '.js')),
        `${name}Qps`,
        pseudoWords(words),
      ),
    );
    strings += 1;
  }
  // How the sources are described: what the English title says besides the document's own.
  const { SEEDS } = await loadTs('src/content/schema.ts');
  const described = Object.fromEntries(
    Object.entries(SEEDS).map(([key, s]) => [
      key,
      pseudo(s.doc ? s.title.slice(s.doc.length).replace(/^ \(|\)$/g, '') : s.title),
    ]),
  );
  writeFileSync(
    resolve(out, 'sources.ts'),
    `// How the pseudo-locale describes the sources. Written by scripts/pseudo-locale.js.\nexport const sources: Record<string, string> = ${JSON.stringify(described, null, 2)};\n`,
  );
  // Every content item: its text fields and body made pseudo, the rest as in English.
  const { COLLECTIONS } = await loadTs('scripts/content-compiler.ts');
  let items = 0;
  for (const c of COLLECTIONS) {
    const from = resolve(root, 'content/en', c.name);
    if (!existsSync(from)) continue;
    mkdirSync(resolve(out, c.name), { recursive: true });
    for (const f of readdirSync(from).filter((x) => x.endsWith('.md'))) {
      const { data, content } = matter(readFileSync(resolve(from, f), 'utf8'));
      for (const field of c.textFields) if (field in data) data[field] = pseudoWords(data[field]);
      // A date stays a calendar day (gray-matter reads it as a Date).
      for (const [k, v] of Object.entries(data))
        if (v instanceof Date) data[k] = v.toISOString().slice(0, 10);
      data.translated = 'scripts/pseudo-locale.js';
      data['translation-review'] = 'pending';
      const text = matter.stringify(pseudoMarkdown(content), data);
      writeFileSync(
        resolve(out, c.name, f),
        text.replace(/^([\w-]+): '(\d{4}-\d\d-\d\d)'$/gm, '$1: $2'),
      );
      items += 1;
    }
  }
  console.log(
    `pseudo-locale: ${relative(root, out)}/ (${strings} strings files, ${items} content items)`,
  );
}

const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
};

await writeLocale();
if (process.argv.includes('--test')) {
  const own = process.argv.slice(
    2,
    process.argv.indexOf('--') < 0 ? undefined : process.argv.indexOf('--'),
  );
  const passOn =
    process.argv.indexOf('--') < 0 ? [] : process.argv.slice(process.argv.indexOf('--') + 1);
  const engines = own.filter((a) => a.startsWith('--engines='));
  const env = { HAVEN_LOCALES: relative(root, out) };
  const node = process.execPath;
  let code =
    run(node, ['scripts/generate.js'], env) || run(node, ['scripts/compile-content.js'], env);
  const files = passOn.length
    ? passOn
    : [
        '--files',
        'tests/all-examples.test.ts',
        'tests/locale-layout.test.ts',
        'tests/i18n.test.ts',
        'tests/language.test.ts',
      ];
  const started = Date.now();
  if (!code) code = run(node, ['scripts/test-browsers.js', ...engines, '--', ...files], env);
  console.log(`pseudo-locale: tests took ${Math.round((Date.now() - started) / 1000)} s`);
  // Back to the shipped locales only, whatever happened.
  const back = run(node, ['scripts/generate.js']) || run(node, ['scripts/compile-content.js']);
  process.exit(code || back);
}
