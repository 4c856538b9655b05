// Spreadsheets and HSDS tabular packages through the haven-resources CLI: each program's export
// shape (tests/fixtures/csv, written byte for byte), bad rows, and phone numbers at import time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { normalisePhone, parseCsv, readServicesCsv, letter } from '../../bin/resources-tables.js';

const root = resolve(import.meta.dirname, '../..');
const cli = resolve(root, 'bin/haven-resources.js');
const csv = (name) => resolve(root, 'tests/fixtures/csv', name);
const pkg = resolve(root, 'tests/fixtures/hsds-tabular');
const run = (args) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
/** The <haven-resource> elements of --plain output, as attribute maps. */
const services = (stdout) =>
  [...stdout.matchAll(/<haven-resource ([^>]*)>/g)].map((m) =>
    Object.fromEntries([...m[1].matchAll(/([a-z-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
  );

test('the fixtures are the shapes each program writes', () => {
  const bytes = (n) => readFileSync(csv(n));
  const bom = (n) =>
    bytes(n)
      .subarray(0, 3)
      .equals(Buffer.from([0xef, 0xbb, 0xbf]));
  assert.ok(bom('excel.csv') && bom('excel-es.csv'));
  assert.ok(!bom('google-sheets.csv') && !bom('libreoffice.csv') && !bom('numbers.csv'));
  assert.match(bytes('excel.csv').toString(), /\r\n/);
  assert.doesNotMatch(bytes('libreoffice.csv').toString(), /\r/);
  assert.doesNotMatch(bytes('google-sheets.csv').toString(), /\n$/);
  assert.equal(parseCsv(bytes('excel-es.csv').toString()).delimiter, ';');
});

for (const [file, first, second] of [
  ['excel.csv', 'Example Peer Line', 'Example Drop-in Centre'],
  ['excel-es.csv', 'Línea de Pares de Ejemplo', 'Centro de Ejemplo'],
  ['google-sheets.csv', 'Example Peer Line', 'Example Drop-in Centre, Downtown'],
  ['libreoffice.csv', 'Example Peer Line', 'Example Drop-in Centre'],
  ['numbers.csv', 'Example Peer Line', 'Example Drop-in Centre'],
]) {
  test(`${file}: both services imported, counts printed`, () => {
    const { stdout, stderr, status } = run([csv(file), '--plain']);
    assert.equal(status, 0, stderr);
    const s = services(stdout);
    assert.deepEqual(
      s.map((x) => x.name),
      [first, second],
    );
    // One way of writing US numbers, whatever the sheet had.
    assert.equal(s[0].phone, '(555) 555-0101');
    assert.match(s[1].phone, /^\(555\) 555-0120( ext\. 12)?$/);
    assert.match(stderr, /2 row\(s\) read, 2 imported, 0 skipped\./);
  });
}

test('quoted commas, quotes and line breaks stay inside their cell', () => {
  const [a, b] = services(run([csv('excel.csv'), '--plain']).stdout);
  assert.equal(a.needs, 'peer-support, crisis');
  assert.equal(a.description, 'Talk or text, any time.\nNo judgement.');
  assert.equal(b.description, 'Says &quot;walk in&quot;, no appointment');
  assert.equal(a['emergency-dispatch'], 'on-request');
  const [n] = services(run([csv('numbers.csv'), '--plain']).stdout);
  assert.equal(n.hours, 'MO-FR 09:00-21:00;\nSA 12:00-18:00');
  const [g, h] = services(run([csv('google-sheets.csv'), '--plain']).stdout);
  assert.equal(g.text, '(555) 555-0102');
  assert.equal(h.phone, '(555) 555-0120 ext. 12');
});

test('Spanish column names and values: sí is yes', () => {
  const [a, b] = services(run([csv('excel-es.csv'), '--plain']).stdout);
  assert.equal(a.description, 'Habla o escribe; sin juicios.');
  assert.equal(a.anonymous, 'yes');
  assert.equal(b.anonymous, 'no');
});

test('an extra column is named once and ignored; a blank row is not a service', () => {
  const { stdout, stderr } = run([csv('libreoffice.csv'), '--plain']);
  assert.match(stderr, /libreoffice\.csv 1:C \(notes for staff\): not one of our columns: ignored/);
  assert.doesNotMatch(stdout, /ask for Sam/);
  assert.equal(services(stdout)[1].checked, '2026-10-15');
});

test('bad rows: row:column messages with the fix, the rest imported, counts with why', () => {
  const { stdout, stderr, status } = run([csv('problems.csv'), '--plain']);
  assert.equal(status, 0, stderr);
  const s = services(stdout);
  assert.deepEqual(
    s.map((x) => x.name),
    ['Example Peer Line', 'Example Night Line'],
  );
  // The bad values are left unset, the good ones in the same row kept.
  assert.deepEqual(s[1], { name: 'Example Night Line', needs: 'crisis' });
  for (const m of [
    /problems\.csv 1:H \(colour\): not one of our columns: ignored/,
    /problems\.csv 4:B \(phone\): "call us" is not a phone number: write the digits, e\.g\. \(555\) 555-0101; left out/,
    /problems\.csv 4:C \(emergency-dispatch\): "sometimes" is not never, on-request or imminent-risk; left unset \(not stated\)/,
    /problems\.csv 4:D \(anonymous\): "maybe" is not yes or no/,
    /problems\.csv 4:E \(needs\): "food" is not a need we know/,
    /problems\.csv 4:F \(checked\): "11\/02\/2026" is not a date written YYYY-MM-DD/,
    /4 row\(s\) read, 2 imported, 2 skipped:/,
    /skipped: .*problems\.csv row 3: no name \(column A\): write one to import it/,
    /skipped: .*problems\.csv row 6: "Example Old Line" is defunct/,
  ]) {
    assert.match(stderr, m);
  }
});

test('a sheet without a name column: said, nothing imported, exit 0 with counts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'haven-csv-'));
  const file = join(dir, 'x.csv');
  writeFileSync(file, 'title,phone\r\nA,555-555-0101\r\n');
  const r = readServicesCsv(readFileSync(file, 'utf8'), { file: 'x.csv' });
  assert.equal(r.entries.length, 0);
  assert.equal(r.read, 1);
  assert.match(r.problems.join('\n'), /no "name" \(or "nombre"\) column/);
  assert.match(run([file]).stderr, /1 row\(s\) read, 0 imported, 1 skipped/);
});

test('the templates import as they ship, in English and in Spanish', () => {
  for (const t of ['haven-resources-template.csv', 'haven-resources-plantilla.csv']) {
    const { stdout, stderr, status } = run([resolve(root, 'templates', t), '--plain']);
    assert.equal(status, 0, stderr);
    const s = services(stdout);
    assert.equal(s.length, 2, t);
    assert.equal(s[0]['emergency-dispatch'], 'on-request');
    assert.equal(s[1].phone, '(555) 555-0120');
    assert.doesNotMatch(stderr, /not one of our columns|left out|left unset/, t);
  }
  const files = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).files;
  assert.ok(files.includes('templates/'));
});

test('phone numbers: one format for US numbers; others and short codes kept', () => {
  for (const given of [
    '555-555-0101',
    '555.555.0101',
    '5555550101',
    '+1 555 555 0101',
    '1-555-555-0101',
  ])
    assert.equal(normalisePhone(given).value, '(555) 555-0101', given);
  assert.equal(normalisePhone('555-555-0101 x 12').value, '(555) 555-0101 ext. 12');
  assert.equal(normalisePhone('555-555-0101;ext=12').value, '(555) 555-0101 ext. 12');
  assert.equal(normalisePhone('988').value, '988');
  assert.equal(normalisePhone('+44  1234 234567').value, '+44 1234 234567');
  assert.equal(normalisePhone('01234 234567', 'GB').value, '01234 234567');
  assert.equal(normalisePhone('555-0101-99').ok, false); // 9 digits cannot be a US number
  assert.equal(normalisePhone('call us').ok, false);
  assert.equal(letter(0) + letter(25) + letter(26) + letter(27), 'AZAAAB');
});

const checkPackage = (path, label) => {
  const { stdout, stderr, status } = run([path, '--plain']);
  assert.equal(status, 0, stderr);
  const s = services(stdout);
  assert.deepEqual(
    s.map((x) => x.name),
    ['Example Peer Line', 'Example Drop-in Centre'],
  );
  assert.equal(s[0].phone, '(555) 555-0101');
  assert.equal(s[0].text, '(555) 555-0102');
  assert.equal(s[0].hours, 'MO,TU,WE,TH,FR 09:00-21:00');
  assert.equal(s[0].languages, 'English, Spanish');
  assert.equal(s[0]['emergency-dispatch'], 'on-request');
  assert.equal(s[0].anonymous, 'yes');
  assert.equal(s[0].needs, 'peer-support');
  assert.equal(s[0].checked, '2026-11-02');
  assert.equal(s[0].cost, 'Free');
  // Through service_at_location: the drop-in's phone (with its extension) and hours.
  assert.equal(s[1].phone, '(555) 555-0120 ext. 12');
  assert.equal(s[1].hours, 'TU,WE,TH,FR,SA 12:00-18:00');
  assert.equal(s[1]['emergency-dispatch'], 'never');
  assert.equal(s[1].anonymous, undefined);
  for (const m of [
    new RegExp(
      `${label} phones\\.csv row 5: service_id "svc-9" is not a service in services\\.csv`,
    ),
    new RegExp(
      `${label} attributes\\.csv row 6: taxonomy_term_id "term-9" is not in taxonomy_terms\\.csv`,
    ),
    /4 row\(s\) read, 2 imported, 2 skipped:/,
    /services\.csv row 4: "Example Old Line" is defunct/,
    /services\.csv row 5: no name/,
  ]) {
    assert.match(stderr, m);
  }
};

test('an HSDS tabular package as a folder', () => checkPackage(pkg, 'hsds-tabular'));

test('the same package as a .zip (in a folder inside it, as zipping a folder makes)', () => {
  const entries = {};
  for (const f of readdirSync(pkg)) entries[`hsds/${f}`] = readFileSync(join(pkg, f));
  const zip = join(mkdtempSync(join(tmpdir(), 'haven-zip-')), 'services.zip');
  writeFileSync(zip, zipSync(entries));
  checkPackage(zip, 'services\\.zip');
});

test('a file that is not a zip fails with a message and exit code 1', () => {
  const zip = join(mkdtempSync(join(tmpdir(), 'haven-zip-')), 'bad.zip');
  writeFileSync(zip, 'not a zip');
  const { stderr, status } = run([zip]);
  assert.equal(status, 1);
  assert.match(stderr, /cannot read .*bad\.zip as an HSDS package/);
});
