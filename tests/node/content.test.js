// The content compiler and the built-in content, checked in Node (no browser needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadTs } from '../../scripts/lib/load-ts.js';

const root = resolve(import.meta.dirname, '../..');
const { compileContent } = await loadTs('scripts/content-compiler.ts');
/** How the Spanish items describe their sources (content/es/sources.ts). */
const { sources: esSources } = await loadTs('content/es/sources.ts');

const GOOD = {
  id: 'myths/sample',
  fact: 'A short fact.',
  myth: 'A one-sentence myth.',
  topics: '[therapy]',
  sources: '\n  - seed: guidelines\n    guideline: "1"',
  reviewed: '2026-11-22',
};

/** Compiles one myth file written from `fields` (a field set to null is left out) and `body`. */
function compileOne(
  fields,
  body = 'Why the myth is wrong. The fact, again.',
  slug = 'sample',
  locale = 'en',
) {
  const dir = mkdtempSync(join(tmpdir(), 'haven-content-'));
  mkdirSync(join(dir, locale, 'myths'), { recursive: true });
  const front = Object.entries({ ...GOOD, ...fields })
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  writeFileSync(join(dir, locale, 'myths', `${slug}.md`), `---\n${front}\n---\n${body}\n`);
  return compileContent(dir, locale, join(dir, locale), locale === 'es' ? esSources : {});
}

const fieldsOf = (result) => result.errors.map((e) => e.field);

test('a valid file compiles to an item with trusted HTML', () => {
  const result = compileOne({});
  assert.deepEqual(result.errors, []);
  const [item] = result.items.myths;
  assert.equal(item.id, 'myths/sample');
  assert.equal(item.html, '<p>Why the myth is wrong. The fact, again.</p>');
  assert.deepEqual(item.sources, [
    {
      title:
        'Guidelines: Mental Health Professionals Working with Individuals Involved in the Sex Trade (Katherine Koster with Cassandra Avanneti)',
      guidelines: ['1'],
    },
  ]);
});

for (const field of ['fact', 'myth', 'topics', 'sources', 'reviewed', 'id']) {
  test(`a missing ${field} is an error naming the file and the field`, () => {
    const result = compileOne({ [field]: null });
    assert.ok(fieldsOf(result).includes(field), JSON.stringify(result.errors));
    assert.match(result.errors[0].file, /myths[/\\]sample\.md$/);
    assert.equal(result.items.myths.length, 0);
  });
}

test('a missing body is an error', () => {
  assert.deepEqual(fieldsOf(compileOne({}, '')), ['body']);
});

test('an unknown topic is an error that lists the topics', () => {
  const result = compileOne({ topics: '[astrology]' });
  assert.deepEqual(fieldsOf(result), ['topics']);
  assert.match(result.errors[0].message, /unknown topic "astrology".*therapy/);
});

test('raw HTML in the body is an error', () => {
  const result = compileOne({}, 'Text <img src=x onerror=alert(1)> more.');
  assert.ok(fieldsOf(result).includes('body'));
  assert.match(result.errors[0].message, /raw HTML/);
});

test('a block of raw HTML is an error', () => {
  assert.match(compileOne({}, '<script>alert(1)</script>').errors[0].message, /raw HTML/);
});

test('a non-https link in the body is an error', () => {
  for (const href of ['http://example.org', 'javascript:alert(1)', 'data:text/html,x']) {
    const result = compileOne({}, `See [this](${href}).`);
    assert.deepEqual(fieldsOf(result), ['body'], href);
  }
});

test('an https link compiles with rel and referrerpolicy', () => {
  const [item] = compileOne({}, 'See [this](https://example.org/a).').items.myths;
  assert.equal(
    item.html,
    '<p>See <a href="https://example.org/a" rel="noopener noreferrer" referrerpolicy="no-referrer">this</a>.</p>',
  );
});

test('a non-https url source is an error', () => {
  const result = compileOne({ sources: '\n  - url: http://example.org\n    title: A page' });
  assert.deepEqual(fieldsOf(result), ['sources[0].url']);
});

test('an unknown seed and a bad guideline are errors', () => {
  assert.deepEqual(fieldsOf(compileOne({ sources: '\n  - seed: 999.txt' })), ['sources[0].seed']);
  const bad = compileOne({ sources: '\n  - seed: guidelines\n    guideline: "11"' });
  assert.deepEqual(fieldsOf(bad), ['sources[0].guideline']);
});

test('headings and images in the body are errors', () => {
  assert.deepEqual(fieldsOf(compileOne({}, '## A heading\n\nText.')), ['body']);
  assert.deepEqual(fieldsOf(compileOne({}, '![x](https://example.org/x.png)')), ['body']);
});

test('an id that does not match the file name is an error', () => {
  assert.deepEqual(fieldsOf(compileOne({ id: 'myths/other' })), ['id']);
});

test('a duplicate id is an error naming both files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'haven-content-'));
  mkdirSync(join(dir, 'en', 'myths'), { recursive: true });
  const file = (id) =>
    `---\nid: ${id}\nfact: F.\nmyth: M.\ntopics: [work]\nsources:\n  - seed: psychology-today-2023\nreviewed: 2026-11-22\n---\nBody.\n`;
  writeFileSync(join(dir, 'en', 'myths', 'a.md'), file('myths/a'));
  writeFileSync(join(dir, 'en', 'myths', 'b.md'), file('myths/a'));
  const result = compileContent(dir);
  assert.ok(
    result.errors.some((e) => e.field === 'id' && /duplicate id "myths\/a".*a\.md/.test(e.message)),
  );
});

test('stigmatising terms are errors that cite the guidance', () => {
  const result = compileOne({ myth: 'A prostitute needs rescuing.' });
  assert.deepEqual(fieldsOf(result), ['myth']);
  assert.match(result.errors[0].message, /"sex worker".*NSWP/);
});

test('a content rule names the line and the rule: in the body', () => {
  const result = compileOne(
    {},
    'Why the myth is wrong.\n\nConfidential options such as online therapy help.',
  );
  assert.equal(result.errors.length, 1, JSON.stringify(result.errors));
  const [e] = result.errors;
  assert.equal(e.field, 'body');
  assert.equal(e.rule, 'service-promise');
  // Front matter: lines 1-10 ("---" … "---"), the body from line 11; the sentence is on 13.
  assert.equal(e.line, 13);
  assert.match(e.message, /"Confidential options".*say what to ask/);
});

test('a content rule names the line and the rule: in the front matter', () => {
  const result = compileOne({ myth: 'Online therapy is completely confidential.' });
  const rules = result.errors.map((e) => [e.field, e.line, e.rule]);
  assert.deepEqual(rules, [
    ['myth', 4, 'service-promise'],
    ['myth', 4, 'absolute-promise'],
  ]);
});

test('the compiler runs the same rules as haven-lint, with the built-in severity', async () => {
  const { TEXT_RULES } = await loadTs('src/lint/rules.ts');
  for (const rule of TEXT_RULES) assert.equal(rule.severity.builtin, 'error', rule.id);
  const result = compileOne({ myth: 'A prostitute needs rescuing.' });
  assert.equal(result.errors[0].rule, 'stigma/prostitute');
});

test("sentences that share the rules' words but promise nothing compile", () => {
  const body = [
    'Ask whether it is confidential, and what they would have to report.',
    'Sex worker-led organizations offer peer support.',
    'Under the Prostitution Reform Act 2003, sex work is decriminalised in New Zealand.',
    'Online is not private by itself: someone may see a shared device.',
    'Some people keep their work private.',
  ].join(' ');
  assert.deepEqual(compileOne({}, body).errors, []);
});

test('a translation is read by the rules of its language', () => {
  const es = compileOne(
    { fact: 'La terapia en línea es totalmente confidencial.' },
    'Una prostituta lo sabe. Lo que cuentas queda entre nosotros.',
    'sample',
    'es',
  );
  assert.deepEqual(
    es.errors.map((e) => [e.field, e.rule]),
    [
      ['fact', 'service-promise'],
      ['fact', 'absolute-promise'],
      ['body', 'stigma/prostituta'],
      ['body', 'absolute-promise'],
    ],
  );
  const good = compileOne(
    { fact: 'La salida rápida no borra tu historial.' },
    'Lo que cuentas puede no ser confidencial: pregunta si guardan registros.',
    'sample',
    'es',
  );
  assert.deepEqual(good.errors, []);
});

test('the built-in strings files pass the rules of their language, and a bad one is found', async () => {
  const { checkStrings, stringsFiles } = await loadTs('scripts/strings-check.ts');
  const es = [{ lang: 'es', dir: join(root, 'content/es') }];
  const files = stringsFiles(root, es);
  assert.ok(files.some((f) => f.path.endsWith('es/strings/quick-exit-info.ts') && f.lang === 'es'));
  assert.ok(files.some((f) => f.path.endsWith('es/sources.ts') && f.lang === 'es'));
  assert.ok(files.some((f) => f.path.endsWith('quick-exit-info.strings.ts') && f.lang === 'en'));
  assert.deepEqual(await checkStrings(root, es), []);
  // A copy of the tree with one Spanish item that promises what the exit cannot do.
  const dir = mkdtempSync(join(tmpdir(), 'haven-strings-'));
  mkdirSync(join(dir, 'content', 'es', 'strings'), { recursive: true });
  const name = 'content/es/strings/quick-exit-info.ts';
  const source = readFileSync(join(root, name), 'utf8').replace(
    'No borra tu historial de navegación',
    'Borra tu historial de navegación',
  );
  writeFileSync(join(dir, name), source);
  const errors = await checkStrings(dir, [{ lang: 'es', dir: join(dir, 'content/es') }]);
  assert.equal(errors.length, 1, JSON.stringify(errors));
  assert.equal(errors[0].rule, 'absolute-promise');
  assert.equal(errors[0].field, 'quickExitInfoStringsEs.list[0]');
  assert.equal(errors[0].line, source.split('\n').findIndex((l) => l.includes('Borra tu')) + 1);
});

test('the CLI stops the build with the file and field', async () => {
  const { spawnSync } = await import('node:child_process');
  const dir = mkdtempSync(join(tmpdir(), 'haven-content-'));
  mkdirSync(join(dir, 'en', 'myths'), { recursive: true });
  writeFileSync(join(dir, 'en', 'myths', 'x.md'), '---\nid: myths/x\n---\nBody.\n');
  writeFileSync(
    join(dir, 'en', 'myths', 'y.md'),
    `---\nid: myths/y\nfact: F.\nmyth: M.\ntopics: [work]\nsources:\n  - seed: guidelines\nreviewed: 2026-11-30\n---\nFine.\nWe never report what you tell us.\n`,
  );
  const run = spawnSync(process.execPath, ['scripts/compile-content.js', dir], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /x\.md:1 {2}fact: is missing/);
  assert.match(run.stderr, /y\.md:11 {2}body: "We never report".* {2}absolute-promise$/m);
});

test('every built-in item is complete, sourced and reviewed', () => {
  const result = compileContent(join(root, 'content'));
  assert.deepEqual(result.errors, []);
  const myths = result.items.myths;
  assert.ok(myths.length >= 12, `${myths.length} items`);
  for (const item of myths) {
    for (const field of ['id', 'fact', 'myth', 'html', 'reviewed']) {
      assert.ok(typeof item[field] === 'string' && item[field].length > 0, `${item.id}.${field}`);
    }
    assert.ok(item.sources.length > 0, `${item.id} has sources`);
    assert.ok(item.topics.length > 0, `${item.id} has topics`);
    assert.ok(!item.fact.includes(item.myth), `${item.id}: the myth is not in the fact`);
  }
});

test('the built-in items cover the subjects the domain guide requires', () => {
  const ids = compileContent(join(root, 'content')).items.myths.map((m) => m.id);
  for (const id of [
    'myths/not-a-mental-illness',
    'myths/no-rescue-needed',
    'myths/not-why-they-came',
    'myths/staying-or-leaving',
    'myths/abuse-history',
    'myths/every-gender',
    'myths/mens-trauma',
    'myths/you-may-already-have',
    'myths/many-kinds-of-work',
    'myths/risk-varies',
    'myths/stigma-not-the-work',
    'myths/couples-therapy',
  ]) {
    assert.ok(ids.includes(id), id);
  }
});

test('a renamed item keeps its old ids in formerly; anything but a myths/<slug> id is an error', () => {
  const [item] = compileOne({ formerly: '[myths/old-name]' }).items.myths;
  assert.deepEqual(item.formerly, ['myths/old-name']);
  assert.deepEqual(fieldsOf(compileOne({ formerly: '[Old Name]' })), ['formerly']);
  assert.equal('formerly' in compileOne({}).items.myths[0], false);
});

test('quotes are plain in text and escaped in attributes', () => {
  const [item] = compileOne({}, `It's "fine" [here](https://example.org/?q="x").`).items.myths;
  assert.equal(
    item.html,
    '<p>It\'s "fine" <a href="https://example.org/?q=&quot;x&quot;" rel="noopener noreferrer" referrerpolicy="no-referrer">here</a>.</p>',
  );
});
