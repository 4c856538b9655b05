// The element declaration is the only per-element list: a copied element folder (and its words
// in each locale, content/<locale>/strings/<name>.ts), with no edit of any other file, is taken
// into every generated list; one whose Spanish words write an English
// sentence fails the generator (which every build, test and type-check runs first); and a
// generated file that no longer matches the declarations fails `generate --check`, which the
// build runs before rollup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/** A copy of what the generator reads (components/, content/, src/, scripts/, package.json). */
function copyRepo() {
  const dir = mkdtempSync(join(tmpdir(), 'haven-decl-'));
  for (const part of ['components', 'content', 'src', 'scripts', 'package.json']) {
    cpSync(join(root, part), join(dir, part), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** A copy of a file with myth-fact's names made myth-copy's. */
const renamed = (text) =>
  text
    .replaceAll('myth-fact', 'myth-copy')
    .replaceAll('MythFact', 'MythCopy')
    .replaceAll('mythFact', 'mythCopy')
    // Its own size group (the declaration sets the group's budget).
    .replaceAll("'myth/fact cards'", "'copied card'");

/**
 * components/myth-fact copied to components/myth-copy as <haven-myth-copy>, with its Spanish
 * words (content/es/strings/myth-copy.ts): only new files. Returns the Spanish words' file.
 */
function copyElement(dir) {
  const from = join(dir, 'components/myth-fact');
  const to = join(dir, 'components/myth-copy');
  cpSync(from, to, { recursive: true });
  for (const file of readdirSync(to)) {
    const text = renamed(readFileSync(join(to, file), 'utf8'));
    rmSync(join(to, file));
    writeFileSync(join(to, file.replace('myth-fact', 'myth-copy')), text);
  }
  const words = join(dir, 'content/es/strings/myth-copy.ts');
  writeFileSync(words, renamed(readFileSync(join(dir, 'content/es/strings/myth-fact.ts'), 'utf8')));
  return words;
}

const generate = (dir, ...args) =>
  spawnSync(process.execPath, ['scripts/generate.js', ...args], { cwd: dir, encoding: 'utf8' });

test('a copied element folder is in every generated list, with no edit of any other file', () => {
  const dir = copyRepo();
  try {
    copyElement(dir);
    const run = generate(dir, '--write');
    assert.equal(run.status, 0, run.stderr);
    const generated = (f) => readFileSync(join(dir, 'src/generated', f), 'utf8');
    assert.match(generated('declarations.ts'), /content\/es\/strings\/myth-copy\.js/);
    assert.match(generated('es.ts'), /import '\.\/locales\/es\/myth-copy\.js'/);
    assert.match(generated('loader.ts'), /'haven-myth-copy': \(\) => import/);
    assert.match(generated('lint.ts'), /"haven-myth-copy"/);
    assert.ok(
      JSON.parse(generated('elements.json')).elements.some((e) => e.tag === 'haven-myth-copy'),
    );
    // package.json, which is committed, the generator writes itself when asked (`--write`).
    assert.ok(
      JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).exports['./myth-copy.js'],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a copied element whose Spanish words write an English sentence fails the generator', () => {
  const dir = copyRepo();
  try {
    const file = copyElement(dir);
    const spanish = readFileSync(file, 'utf8');
    // The card's label for the myth, left in English, in the Spanish file.
    const english = spanish.replace(/(\n\s*myth: )'[^']*'/, "$1'Common myth'");
    assert.notEqual(english, spanish, 'the Spanish file has a "myth" word to replace');
    writeFileSync(file, english);
    const run = generate(dir, '--write');
    assert.equal(run.status, 1, 'the generator fails');
    assert.match(
      run.stderr,
      /content\/es\/strings\/myth-copy\.ts: "myth" is in English \("Common myth"\): write it in es/,
    );
    assert.match(run.stderr, /nothing was written/);
    // Another element's English sentence, inside a longer Spanish one, is caught too.
    const other = "$1'Mito. There are no cards to show here yet.'";
    writeFileSync(file, spanish.replace(/(\n\s*myth: )'[^']*'/, other));
    const again = generate(dir, '--write');
    assert.equal(again.status, 1);
    assert.match(again.stderr, /"myth" is in English \("There are no cards to show here yet\."\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the real folders have no English sentence in their Spanish words', () => {
  const run = generate(root, '--check');
  assert.equal(run.status, 0, run.stderr);
  assert.doesNotMatch(run.stderr, /is in English/);
});

test('a generated file that no longer matches the declarations fails --check', () => {
  const dir = copyRepo();
  try {
    assert.equal(generate(dir).status, 0);
    assert.equal(generate(dir, '--check').status, 0, 'fresh output passes');
    // A declaration changed (a lint fact) without generating again.
    const decl = join(dir, 'components/myth-facts/myth-facts.element.ts');
    writeFileSync(decl, readFileSync(decl, 'utf8').replace("'topic', 'heading-level'", "'topic'"));
    const run = generate(dir, '--check');
    assert.equal(run.status, 1);
    assert.match(
      run.stderr,
      /do not match components\/ \(run `npm run generate`\): src\/generated\/lint\.ts/,
    );
    // A renamed folder: its declaration is missing, and the generator says where.
    renameSync(join(dir, 'components/quick-exit'), join(dir, 'components/exit'));
    const moved = generate(dir, '--check');
    assert.equal(moved.status, 1);
    assert.match(moved.stderr, /components\/exit\/: no exit\.element\.ts/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a copied locale folder is in every generated list and the package, with no other edit', () => {
  const dir = copyRepo();
  try {
    // content/es copied to content/fr: the words and the content, only new files.
    cpSync(join(dir, 'content/es'), join(dir, 'content/fr'), { recursive: true });
    const run = generate(dir, '--write');
    assert.equal(run.status, 0, run.stderr);
    const generated = (f) => readFileSync(join(dir, 'src/generated', f), 'utf8');
    assert.match(generated('languages.ts'), /\["en","es","fr"\]/);
    assert.match(
      generated('loader.ts'),
      /'haven-myth-fact': \(\) => import\('\.\/locales\/fr\/myth-fact\.js'\)/,
    );
    assert.match(generated('fr.ts'), /import '\.\/locales\/fr\/wellbeing-table\.js'/);
    assert.match(generated('define.fr.ts'), /import '\.\/fr\.js'/);
    assert.match(generated('locales.ts'), /import '\.\/fr\.js'/);
    assert.match(generated('locales/fr/myth-fact.ts'), /content\/fr\/strings\/myth-fact\.js/);
    assert.match(generated('locales/fr/builtin-myths.ts'), /registerMyths\(myths, 'fr'\)/);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    assert.equal(pkg.exports['./haven.fr.js'], './dist/haven.fr.js');
    assert.equal(pkg.exports['./fr.js'].default, './dist/npm/src/fr.js');
    assert.ok(pkg.sideEffects.includes('./src/generated/locales/fr/*.ts'));
    // A locale folder missing an element's words stops the generator, naming the file.
    rmSync(join(dir, 'content/fr/strings/quick-exit.ts'));
    const missing = generate(dir);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /content\/fr\/strings\/quick-exit\.ts is missing/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a HAVEN_LOCALES folder is generated for the tests, never for the package or the build', () => {
  const dir = copyRepo();
  try {
    cpSync(join(dir, 'content/es'), join(dir, '.cache/locales/qps'), { recursive: true });
    const before = readFileSync(join(dir, 'package.json'), 'utf8');
    const run = spawnSync(process.execPath, ['scripts/generate.js', '--write'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, HAVEN_LOCALES: '.cache/locales/qps' },
    });
    assert.equal(run.status, 0, run.stderr);
    assert.match(readFileSync(join(dir, 'src/generated/languages.ts'), 'utf8'), /"qps"/);
    assert.equal(readFileSync(join(dir, 'package.json'), 'utf8'), before, 'package.json unchanged');
    const { locales } = JSON.parse(readFileSync(join(dir, 'src/generated/elements.json'), 'utf8'));
    assert.deepEqual(
      locales.map((l) => [l.lang, l.shipped]),
      [
        ['es', true],
        ['qps', false],
      ],
    );
    // The build's config refuses to load while the test-only locale is generated.
    cpSync(join(root, 'rollup.config.js'), join(dir, 'rollup.config.js'));
    const build = spawnSync(
      process.execPath,
      [
        '-e',
        "import('./rollup.config.js').then(() => process.exit(0), (e) => { console.error(e.message); process.exit(1); })",
      ],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, HAVEN_LOCALES: '.cache/locales/qps' } },
    );
    assert.equal(build.status, 1);
    assert.match(build.stderr, /test-only locale\(s\) qps \(\.cache\/locales\/qps\/\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
