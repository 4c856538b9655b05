// Spanish content parity and Spanish terminology, checked by the content compiler in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadTs } from '../../scripts/lib/load-ts.js';

const root = resolve(import.meta.dirname, '../..');
const { compileContent } = await loadTs('scripts/content-compiler.ts');
const { checkTranslations, SPANISH_TERM_RULES } = await loadTs('scripts/content-translations.ts');
const { localSource, SEEDS } = await loadTs('src/content/schema.ts');
/** How the Spanish items describe their sources (content/es/sources.ts). */
const { sources: described } = await loadTs('content/es/sources.ts');

const EN = {
  id: 'myths/sample',
  fact: 'A short fact.',
  myth: 'A one-sentence myth.',
  topics: '[therapy]',
  sources: '\n  - seed: guidelines\n    guideline: "1"',
  reviewed: '2026-11-22',
};
const ES = {
  ...EN,
  fact: 'Un hecho breve.',
  myth: 'Un mito en una frase.',
  translated: 'haven-widgets maintainers',
  'translation-review': 'pending',
};

const file = (fields, body) =>
  `---\n${Object.entries(fields)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\n${body}\n`;

/** A content folder with one English myth and (unless `es` is null) its Spanish translation. */
function folder(es = {}, body = 'Por qué el mito es falso.') {
  const dir = mkdtempSync(join(tmpdir(), 'haven-es-'));
  mkdirSync(join(dir, 'en', 'myths'), { recursive: true });
  mkdirSync(join(dir, 'es', 'myths'), { recursive: true });
  writeFileSync(join(dir, 'en', 'myths', 'sample.md'), file(EN, 'Why the myth is wrong.'));
  if (es) writeFileSync(join(dir, 'es', 'myths', 'sample.md'), file({ ...ES, ...es }, body));
  return dir;
}

const rulesOf = (problems) => problems.map((p) => p.rule);

test('a faithful translation passes and compiles to its own Spanish items', () => {
  const dir = folder();
  assert.deepEqual(checkTranslations(dir, 'es'), []);
  const es = compileContent(dir, 'es', join(dir, 'es'), described);
  assert.deepEqual(es.errors, []);
  assert.equal(es.items.myths[0].fact, 'Un hecho breve.');
  assert.equal(es.items.myths[0].html, '<p>Por qué el mito es falso.</p>');
});

test('a missing Spanish item fails, naming the file it expects and the English one', () => {
  const [problem, ...rest] = checkTranslations(folder(null), 'es');
  assert.deepEqual(rest, []);
  assert.equal(problem.rule, 'translation/missing');
  assert.match(problem.file, /es[/\\]myths[/\\]sample\.md$/);
  assert.match(problem.message, /en[/\\]myths[/\\]sample\.md has no es translation.*DOMAIN\.md/);
});

test('a Spanish item with no English item fails', () => {
  const dir = folder();
  writeFileSync(join(dir, 'es', 'myths', 'extra.md'), file({ ...ES, id: 'myths/extra' }, 'X.'));
  assert.deepEqual(rulesOf(checkTranslations(dir, 'es')), ['translation/orphan']);
});

// Lines of the fixture: 1 ---, 2 id, 3 fact, 4 myth, 5 topics, 6-8 sources, 9 reviewed,
// 10 translated, 11 translation-review, 12 ---, 13 onwards the body.
for (const [field, value, line] of [
  ['id', 'myths/other', 2],
  ['sources', '\n  - seed: psychology-today-2023', 6],
  ['reviewed', '2026-11-29', 9],
  ['topics', '[work]', 5],
]) {
  test(`a different ${field} fails on the line of the field`, () => {
    const problems = checkTranslations(folder({ [field]: value }), 'es');
    assert.deepEqual(rulesOf(problems), [`translation/same-${field}`]);
    assert.equal(problems[0].line, line);
    assert.match(problems[0].message, /differs from the English item.*DOMAIN\.md/);
  });
}

test('a guideline number that differs is a different source', () => {
  const sources = '\n  - seed: guidelines\n    guideline: "2"';
  assert.deepEqual(rulesOf(checkTranslations(folder({ sources }), 'es')), [
    'translation/same-sources',
  ]);
});

test('the translator and the review status are required; a review names who and when', () => {
  assert.deepEqual(rulesOf(checkTranslations(folder({ translated: null }), 'es')), [
    'translation/translated',
  ]);
  assert.deepEqual(rulesOf(checkTranslations(folder({ 'translation-review': null }), 'es')), [
    'translation/review',
  ]);
  assert.deepEqual(rulesOf(checkTranslations(folder({ 'translation-review': 'yes' }), 'es')), [
    'translation/review',
  ]);
  assert.deepEqual(
    checkTranslations(folder({ 'translation-review': '"Ana Pérez, 2026-12-01"' }), 'es'),
    [],
  );
});

const BAD = {
  'es/prostituta': 'Una prostituta no necesita que la rescaten.',
  'es/prostituida': 'Las mujeres prostituidas buscan apoyo.',
  'es/situacion-de-prostitucion': 'Personas en situación de prostitución.',
  'es/meretriz': 'La meretriz de la novela.',
  'es/trabajador-sexual-comercial': 'Un trabajador sexual comercial.',
  'es/trata-no-es-trabajo-sexual': 'La trata y el trabajo sexual son lo mismo.',
  'es/servicio-confidencial': 'Opciones confidenciales como la terapia en línea.',
};
const GOOD = {
  'es/prostituta': 'Las personas que ejercen el trabajo sexual no necesitan que las rescaten.',
  'es/prostituida': 'Muchas personas prefieren que no las juzguen.',
  'es/situacion-de-prostitucion': 'Personas en situación de calle.',
  'es/meretriz': 'Las trabajadoras y trabajadores sexuales.',
  'es/trabajador-sexual-comercial': 'Un trabajador sexual con un contrato comercial.',
  'es/trata-no-es-trabajo-sexual':
    'La trata de personas no es trabajo sexual. El terapeuta lo trata como un trabajo sexual más.',
  'es/servicio-confidencial':
    'Pregunta por los límites de la confidencialidad de un servicio, y si es confidencial.',
};

for (const rule of SPANISH_TERM_RULES.map((r) => r.rule)) {
  test(`${rule} fires in a body or a field, with the line and its source, and stays quiet on good Spanish`, () => {
    const inBody = checkTranslations(folder({}, `Primera línea.\n\n${BAD[rule]}`), 'es');
    assert.ok(rulesOf(inBody).includes(rule), JSON.stringify(inBody));
    const hit = inBody.find((p) => p.rule === rule);
    assert.equal(hit.line, 15);
    assert.match(hit.message, /DOMAIN\.md/);
    const inField = checkTranslations(folder({ myth: BAD[rule] }), 'es');
    assert.equal(inField.find((p) => p.rule === rule)?.line, 4);
    assert.deepEqual(checkTranslations(folder({}, GOOD[rule]), 'es'), []);
  });
}

test('the CLI stops the build, naming file, line, field and rule', () => {
  const dir = folder({ reviewed: '2026-01-01' }, 'Una prostituta.');
  const run = spawnSync(process.execPath, ['scripts/compile-content.js', dir], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(run.status, 1);
  assert.match(
    run.stderr,
    /es[/\\]myths[/\\]sample\.md:9  reviewed: .* translation\/same-reviewed$/m,
  );
  assert.match(run.stderr, /es[/\\]myths[/\\]sample\.md:13  text: "prostituta".* es\/prostituta$/m);
});

test('the built-in Spanish content is complete, consistent and uses rights-based terms', () => {
  const dir = join(root, 'content');
  assert.deepEqual(checkTranslations(dir, 'es'), []);
  const en = compileContent(dir);
  const es = compileContent(dir, 'es', join(dir, 'es'), described);
  assert.deepEqual(es.errors, []);
  for (const name of Object.keys(en.items)) {
    assert.deepEqual(
      es.items[name].map((i) => i.id),
      en.items[name].map((i) => i.id),
      `${name}: same items in the same order`,
    );
    es.items[name].forEach((item, i) => {
      const twin = en.items[name][i];
      // The same sources, described in Spanish: each document's own title kept, marked English.
      assert.deepEqual(
        item.sources,
        twin.sources.map((src) => localSource(src, 'es', described)),
        item.id,
      );
      for (const src of item.sources) {
        // A linked document's title, as written in the English item (shown marked lang="en").
        if (src.url) {
          assert.equal(src.lang, undefined, `${item.id}: ${src.title}`);
          continue;
        }
        const seed = Object.entries(SEEDS).find(
          ([key, s]) => s.doc === src.title || described[key] === src.title,
        )?.[1];
        assert.ok(seed, `${item.id}: ${src.title} is a built-in source`);
        assert.equal(src.lang, seed.doc ? 'en' : 'es', `${item.id}: ${src.title}`);
      }
      assert.equal(item.reviewed, twin.reviewed, item.id);
      for (const field of ['fact', 'myth', 'label', 'text']) {
        if (twin[field])
          assert.notEqual(item[field], twin[field], `${item.id}.${field} is translated`);
      }
    });
  }
});
