// package.json tells bundlers and tools the truth about the files it ships.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const elements = readdirSync(resolve(root, 'components'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(resolve(root, `components/${d.name}/${d.name}.ts`)))
  .map((d) => d.name);

test('every element has a per-element entry point in exports', () => {
  for (const name of elements) {
    const entry = pkg.exports[`./${name}.js`];
    assert.ok(entry, `exports["./${name}.js"]`);
    assert.equal(entry.default, `./dist/npm/components/${name}/${name}.js`);
    assert.equal(entry.types, `./dist/types/components/${name}/${name}.d.ts`);
  }
});

test('sideEffects names every module that registers something, and only those', () => {
  for (const name of elements) {
    assert.ok(pkg.sideEffects.includes(`./dist/npm/components/${name}/${name}.js`), name);
    assert.ok(
      !pkg.sideEffects.some((p) => p.includes('.component.')),
      'component classes are pure',
    );
  }
  assert.ok(pkg.sideEffects.includes('./dist/npm/src/define.js'));
  assert.ok(!pkg.sideEffects.includes('./dist/npm/src/index.js'), 'the index registers nothing');
});

test('the index module registers nothing', () => {
  const index = readFileSync(resolve(root, 'src/index.ts'), 'utf8');
  assert.ok(!/^import\s+['"]/m.test(index), 'no side-effect imports');
  assert.ok(!/\.define\(/.test(index));
});

test('the loader knows every element tag', () => {
  const loader = readFileSync(resolve(root, 'src/generated/loader.ts'), 'utf8');
  for (const name of elements) {
    const tag = `haven-${name}`;
    assert.ok(
      loader.includes(`'${tag}': () => import('../../components/${name}/${name}.js')`),
      tag,
    );
  }
});

test('every element class names its tag for the manifest', () => {
  for (const name of elements) {
    const src = readFileSync(resolve(root, `components/${name}/${name}.component.ts`), 'utf8');
    assert.match(src, new RegExp(`@tagname haven-${name}\\b`));
  }
});

test('package.json exports and sideEffects match the element folders', async () => {
  const { expectedPackage } = await import('../../scripts/generate.js');
  const generated = JSON.parse(readFileSync(resolve(root, 'src/generated/elements.json'), 'utf8'));
  const languages = generated.locales.filter((l) => l.shipped).map((l) => l.lang);
  const expected = expectedPackage(pkg, generated.elements, languages);
  // Each shipped locale's entries, under the names they have always had.
  for (const lang of languages) {
    assert.equal(pkg.exports[`./haven.${lang}.js`], `./dist/haven.${lang}.js`);
    assert.equal(pkg.exports[`./${lang}.js`].default, `./dist/npm/src/${lang}.js`);
  }
  assert.deepEqual(
    { exports: pkg.exports, sideEffects: pkg.sideEffects },
    { exports: expected.exports, sideEffects: expected.sideEffects },
    'package.json is stale: run `npm run generate -- --write`',
  );
});

test('every element folder is in the generated lists', () => {
  const generated = JSON.parse(readFileSync(resolve(root, 'src/generated/elements.json'), 'utf8'));
  assert.deepEqual(
    generated.elements.map((e) => e.name),
    elements,
  );
});
