// The built files (npm test builds first): what a host downloads is what the README promises.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import vm from 'node:vm';

const dist = resolve(import.meta.dirname, '../../dist');
const read = (f) => readFileSync(resolve(dist, f), 'utf8');

test('haven.js is one self-contained module: no imports, Lit and content inside', () => {
  const code = read('haven.js');
  assert.ok(!/\bimport\s*[("'{*]/.test(code.replace(/import\.meta/g, '')), 'no import statements');
  assert.match(code, /haven-myth-fact/);
  assert.match(code, /Sex work is not a mental illness\./);
  assert.ok(!code.includes('Lit is in dev mode'), 'Lit production build');
});

test('the loader chunks share one copy of Lit, in the core chunk', () => {
  const chunks = readdirSync(resolve(dist, 'chunks'));
  const core = chunks.filter((c) => c.startsWith('core-'));
  assert.equal(core.length, 1);
  assert.ok(read(`chunks/${core[0]}`).includes('ReactiveElement'), 'Lit is in the core chunk');
  for (const c of chunks.filter((c) => !c.startsWith('core-'))) {
    const code = read(`chunks/${c}`);
    assert.ok(!code.includes('ReactiveElement'), `${c} has no Lit of its own`);
  }
});

test('the classic build is a plain script (no module syntax) that sets HavenWidgets', () => {
  const code = read('haven.classic.js');
  assert.doesNotThrow(() => new vm.Script(code), 'parses as a classic script');
  assert.match(code, /^var HavenWidgets=function/);
});

test('manifest.json lists every browser file with its size and a correct sha384', () => {
  const manifest = JSON.parse(read('manifest.json'));
  const names = manifest.files.map((f) => f.file);
  assert.ok(names.includes('haven.js') && names.includes('haven-loader.js'));
  for (const f of manifest.files) {
    const buf = readFileSync(resolve(dist, f.file));
    assert.equal(f.bytes, buf.length, f.file);
    assert.equal(
      f.integrity,
      `sha384-${createHash('sha384').update(buf).digest('base64')}`,
      f.file,
    );
  }
});
