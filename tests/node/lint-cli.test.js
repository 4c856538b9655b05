// haven-lint, run as an editor runs it: files and standard input, its output, its exit status.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const bin = resolve(root, pkg.bin['haven-lint']);

const lint = (args, input) =>
  spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', input });

/** Writes `html` to a new temporary file and returns its path. */
function page(html, name = 'page.html') {
  const file = join(mkdtempSync(join(tmpdir(), 'haven-lint-')), name);
  writeFileSync(file, html);
  return file;
}

const WITH_ERROR = `<haven-myth-facts topic="astrology"></haven-myth-facts>\n`;
const WITH_WARNING = `<haven-myth-fact content-id="myths/not-a-mental-illness"></haven-myth-fact>
<haven-myth-fact reviewed="2026-11-30">
  <h3 slot="fact">Sessions can happen by video or phone.</h3>
  <p slot="myth">Therapy means being seen going into an office.</p>
  <p>Some clients call them johns.</p>
</haven-myth-fact>\n`;

test('is in the package bin', () => {
  assert.equal(pkg.bin['haven-lint'], 'bin/haven-lint.js');
});

test('the demo pages, as the build assembles them, pass with nothing to report', () => {
  const demos = readdirSync(resolve(root, 'dist/demo'), { recursive: true })
    .filter((f) => f.endsWith('.html'))
    .map((f) => `dist/demo/${f}`);
  assert.ok(demos.includes('dist/demo/es/index.html'), demos.join(' '));
  const run = lint(demos);
  assert.equal(run.stdout, '');
  assert.equal(run.stderr, '');
  assert.equal(run.status, 0);
});

test('an error: file:line:col  severity  message  rule, a summary, exit 1', () => {
  const file = page(WITH_ERROR);
  const run = lint([file]);
  assert.equal(run.status, 1, run.stderr);
  const [first, , summary] = run.stdout.split('\n');
  assert.equal(
    first,
    `${file}:1:26  error  unknown topic "astrology"; use one of: therapy, stigma, identity, trauma, safety, relationships, work  unknown-topic`,
  );
  assert.match(summary, /^1 problem \(1 error, 0 warnings\)/);
});

test('warnings only: reported, exit 0; --max-warnings 0 makes them fail', () => {
  const file = page(WITH_WARNING);
  const run = lint([file]);
  assert.equal(run.status, 0, run.stdout);
  assert.match(
    run.stdout,
    new RegExp(`^${file}:5:29  warning  "johns": use "client" .*  stigma/john$`, 'm'),
  );
  assert.equal(lint(['--max-warnings', '0', file]).status, 1);
  assert.equal(lint(['--max-warnings=1', file]).status, 0);
});

test('an absolute promise is an error, in the language of the nearest lang; --lang for a post', () => {
  const promise = `<haven-quick-exit label="It is 100% anonymous"></haven-quick-exit>\n`;
  const run = lint([page(promise)]);
  assert.equal(run.status, 1, run.stdout);
  assert.match(run.stdout, /:1:32 {2}error {2}"100% anonymous" promises .* {2}absolute-promise$/m);
  const spanish = `<haven-quick-exit label="Salir: borra tu historial"></haven-quick-exit>\n`;
  const page_ = `<!doctype html><html lang="es"><body>\n${spanish}</body></html>\n`;
  const es = lint([page(page_)]);
  assert.equal(es.status, 1, es.stdout);
  assert.match(
    es.stdout,
    /:2:33 {2}error {2}"borra tu historial" promises .* {2}absolute-promise$/m,
  );
  // A post has no <html lang>: English unless --lang says otherwise.
  assert.equal(lint(['-'], spanish).status, 0);
  assert.equal(lint(['--lang', 'es-419', '-'], spanish).status, 1);
  assert.equal(lint(['--lang=es', '-'], spanish.replace('borra', 'no borra')).status, 0);
  assert.match(lint(['--lang', '', '-'], spanish).stderr, /--lang needs a language tag/);
});

test('reads standard input with -, and WordPress post content', () => {
  const post = `<!-- wp:paragraph -->\n<p>Welcome.</p>\n<!-- /wp:paragraph -->\n<!-- wp:html -->\n${WITH_ERROR}<!-- /wp:html -->\n`;
  const run = lint(['-'], post);
  assert.equal(run.status, 1);
  assert.match(run.stdout, /^<stdin>:5:26 {2}error {2}unknown topic "astrology"/m);
});

test("--format json: ESLint's shape, with each rule's source", () => {
  const run = lint(['--format', 'json', page(WITH_WARNING), page(WITH_ERROR)]);
  assert.equal(run.status, 1);
  const [warned, failed] = JSON.parse(run.stdout);
  assert.equal(warned.warningCount, 1);
  assert.equal(warned.errorCount, 0);
  assert.deepEqual(
    { ...warned.messages[0], message: undefined },
    {
      ruleId: 'stigma/john',
      severity: 1,
      message: undefined,
      line: 5,
      column: 29,
      endLine: 5,
      endColumn: 34,
      source: 'DOMAIN.md, "Language" (NSWP terminology guide)',
    },
  );
  assert.equal(failed.errorCount, 1);
  assert.equal(failed.messages[0].severity, 2);
});

test('never rewrites the file it reads', () => {
  const html = `<haven-myth-fact><h3 slot="fact">A prostitute's fact.</h3></haven-myth-fact>\n`;
  const file = page(html);
  const before = statSync(file).mtimeMs;
  const run = lint([file]);
  assert.equal(run.status, 0);
  assert.match(run.stdout, /stigma\/prostitute/);
  assert.equal(readFileSync(file, 'utf8'), html);
  assert.equal(statSync(file).mtimeMs, before);
});

test('usage and read errors exit 2 and say what is wrong', () => {
  assert.equal(lint([]).status, 2);
  assert.match(lint(['--format', 'xml', 'x.html']).stderr, /unknown format "xml"/);
  const missing = lint([join(tmpdir(), 'no-such-page.html')]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read/);
});

test('--rules lists every editor rule with its source', () => {
  const run = lint(['--rules']);
  assert.equal(run.status, 0);
  for (const id of [
    'stigma/prostitute',
    'stigma/prostituta',
    'absolute-promise',
    'https-only',
    'review-date',
    'unknown-id',
  ]) {
    assert.match(run.stdout, new RegExp(`^${id} `, 'm'));
  }
  assert.doesNotMatch(run.stdout, /^service-promise/m, 'built-in only');
  assert.match(run.stdout, /source: DOMAIN\.md, "Language" \(NSWP terminology guide\)/);
});
