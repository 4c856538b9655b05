// The table collections (well-being areas, barriers to support), checked in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadTs } from '../../scripts/lib/load-ts.js';

const root = resolve(import.meta.dirname, '../..');
const { compileContent } = await loadTs('scripts/content-compiler.ts');

const AREA = {
  id: 'wellbeing/sample',
  order: '1',
  area: 'Sample area',
  strategies: 'Something that helps.',
  examples: 'Where to find it.',
  sources: '\n  - seed: ithy-2025',
  reviewed: '2026-11-22',
};

/** Writes table files into a fresh content folder and compiles it. */
function compileFiles(collection, files) {
  const dir = mkdtempSync(join(tmpdir(), 'haven-tables-'));
  mkdirSync(join(dir, 'en', collection), { recursive: true });
  for (const [slug, fields, body = ''] of files) {
    const front = Object.entries(fields)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n');
    writeFileSync(join(dir, 'en', collection, `${slug}.md`), `---\n${front}\n---\n${body}`);
  }
  return compileContent(dir);
}

const area = (fields, body) =>
  compileFiles('wellbeing', [['sample', { ...AREA, ...fields }, body]]);
const fieldsOf = (result) => result.errors.map((e) => e.field);

test('a valid area compiles to a row: label, cells in column order, sources, reviewed', () => {
  const result = area({});
  assert.deepEqual(result.errors, []);
  assert.deepEqual(result.items.wellbeing, [
    {
      id: 'wellbeing/sample',
      label: 'Sample area',
      cells: ['Something that helps.', 'Where to find it.'],
      sources: [
        {
          title:
            'Building Well-Being Through Coping in Sex Work (an AI-generated summary page, Ithy, February 2025)',
        },
      ],
      reviewed: '2026-11-22',
    },
  ]);
});

for (const field of ['area', 'strategies', 'examples', 'order', 'sources', 'reviewed', 'id']) {
  test(`an area without ${field} is an error naming the file and the field`, () => {
    const result = area({ [field]: null });
    assert.ok(fieldsOf(result).includes(field), JSON.stringify(result.errors));
    assert.match(result.errors[0].file, /wellbeing[/\\]sample\.md$/);
    assert.equal(result.items.wellbeing.length, 0);
  });
}

test('rows are sorted by order, not by file name, and order is not shipped', () => {
  const result = compileFiles('wellbeing', [
    ['a', { ...AREA, id: 'wellbeing/a', order: 2, area: 'Second' }],
    ['b', { ...AREA, id: 'wellbeing/b', order: 1, area: 'First' }],
  ]);
  assert.deepEqual(result.errors, []);
  assert.deepEqual(
    result.items.wellbeing.map((r) => r.label),
    ['First', 'Second'],
  );
  assert.ok(result.items.wellbeing.every((r) => !('order' in r)));
});

test('a body, a long cell, a bad order and stigmatising words are errors', () => {
  assert.deepEqual(fieldsOf(area({}, 'A body.\n')), ['body']);
  assert.deepEqual(fieldsOf(area({ strategies: 'x'.repeat(121) })), ['strategies']);
  assert.deepEqual(fieldsOf(area({ area: 'y'.repeat(41) })), ['area']);
  assert.deepEqual(fieldsOf(area({ order: 'first' })), ['order']);
  const clean = area({ examples: 'Screening, so you stay clean.' });
  assert.deepEqual(fieldsOf(clean), ['examples']);
  assert.match(clean.errors[0].message, /tested negative.*VA/);
  const abuse = area({ strategies: 'Help with drug abuse.' });
  assert.deepEqual(fieldsOf(abuse), ['strategies']);
  assert.match(abuse.errors[0].message, /substance use/);
});

test('a barrier needs barrier, impact and ways', () => {
  const result = compileFiles('barriers', [
    [
      'cost',
      {
        id: 'barriers/cost',
        order: 1,
        barrier: 'Cost',
        impact: 'x',
        sources: AREA.sources,
        reviewed: AREA.reviewed,
      },
    ],
  ]);
  assert.deepEqual(fieldsOf(result), ['ways']);
});

test('the built-in tables: five areas and four barriers in order, each sourced and reviewed', () => {
  const { errors, items } = compileContent(join(root, 'content'));
  assert.deepEqual(errors, []);
  assert.deepEqual(
    items.wellbeing.map((r) => r.id),
    [
      'wellbeing/physical-health',
      'wellbeing/mental-emotional',
      'wellbeing/social-support',
      'wellbeing/legal-advocacy',
      'wellbeing/harm-reduction',
    ],
  );
  assert.deepEqual(
    items.barriers.map((r) => r.id),
    ['barriers/cost', 'barriers/provider-bias', 'barriers/time', 'barriers/criminalisation'],
  );
  for (const row of [...items.wellbeing, ...items.barriers]) {
    assert.equal(row.cells.length, 2, row.id);
    assert.ok(row.sources.length > 0, `${row.id} has sources`);
    assert.match(row.reviewed, /^\d{4}-\d{2}-\d{2}$/);
  }
  const all = JSON.stringify(items);
  // What seeds 000, 003 and 004 add: peer support, online therapy for privacy and hours.
  assert.match(all, /[Pp]eer/);
  assert.match(all, /online/);
});
