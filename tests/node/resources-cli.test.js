// The haven-resources CLI and the HSDS reader behind it, on the specification's own example.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { loadTs } from '../../scripts/lib/load-ts.js';

const root = resolve(import.meta.dirname, '../..');
const cli = resolve(root, 'bin/haven-resources.js');
const spec = resolve(root, 'tests/fixtures/hsds/service_full.json');
const run = (args, input) =>
  spawnSync(process.execPath, [cli, ...args], { cwd: root, input, encoding: 'utf8' });
const { phone } = await loadTs('components/resource/resource.model.ts');
const { entries, fields } = await loadTs('components/resource-panel/resource-panel.model.ts');

test('the specification’s service_full.json becomes a pre-rendered panel', () => {
  const out = run([spec, '--heading', 'Counselling']);
  const { stderr, status } = out;
  assert.equal(status, 0, stderr);
  // Without Lit's part markers, as a browser without JavaScript reads it.
  const stdout = out.stdout.replace(/<!--[^]*?-->/g, '');
  assert.match(stdout, /^<haven-resource-panel heading="Counselling">/);
  assert.match(stdout, /<haven-resource\s+resource-id="ac148810[^>]* name="Community Counselling"/);
  assert.match(stdout, /shadowrootmode="open"/);
  // Readable without JavaScript: the name, the number as text, the tel: link, the hours.
  // Heading level `auto` has no page to look at here: an h2 (in the browser, one below the panel).
  assert.match(stdout, /<h2 id="h" part="name">Community Counselling<\/h2>/);
  assert.match(stdout, /href="tel:\+441234234567;ext=100"/);
  assert.match(stdout, /\+44 1234 234567 ext\. 100/);
  assert.match(stdout, /Thu,Fri 10:00-18:00/);
  // Pre-rendered once, it must not freeze an open/closed status into the page.
  assert.doesNotMatch(stdout, /Open now|Closed · opens/);
  assert.match(stderr, /url "http:\/\/example.com\/counselling" not https/);
  assert.match(stderr, /1 service\(s\) written/);
});

test('it never invents a value: only what the input says becomes an attribute', () => {
  const { stdout } = run([spec, '--plain']);
  const attrs = [...stdout.matchAll(/ ([a-z-]+)="/g)].map((m) => m[1]).sort();
  assert.deepEqual(attrs, [
    'alert',
    'area',
    'checked',
    'cost',
    'description',
    'eligibility',
    'email',
    'hours',
    'how',
    'languages',
    'name',
    'phone',
    'resource-id',
    'status',
    'url',
  ]);
  for (const safety of ['emergency-dispatch', 'anonymous', 'time-zone', 'source', 'needs']) {
    assert.ok(!stdout.includes(` ${safety}=`), safety);
  }
});

test('our format from stdin; nameless and inactive entries are left out with warnings', () => {
  const input = JSON.stringify([
    { name: 'A & <B>', phone: '555-555-0101', 'emergency-dispatch': 'never' },
    { phone: '555-555-0102' },
    { name: 'Gone', status: 'defunct' },
  ]);
  const { stdout, stderr, status } = run(['-', '--plain'], input);
  assert.equal(status, 0);
  // Phone numbers are written one way for the country (US by default) at import time.
  assert.match(
    stdout,
    /name="A &amp; &lt;B&gt;" phone="\(555\) 555-0101" emergency-dispatch="never"/,
  );
  assert.equal(stdout.match(/<haven-resource /g).length, 1);
  assert.match(stderr, /"an entry" has no name: skipped/);
  assert.match(stderr, /"Gone" is defunct: left out/);
});

test('bad JSON fails with a message and exit code 1', () => {
  const { stderr, status } = run(['-'], '{"name":');
  assert.equal(status, 1);
  assert.match(stderr, /cannot read - as JSON/);
});

test('every input shape: one service, an array, an organization, a paginated list', () => {
  const s = { name: 'S' };
  for (const shape of [s, [s], { name: 'Org', services: [s] }, { contents: [s] }]) {
    assert.deepEqual(
      entries(shape).map((f) => f.name),
      ['S'],
    );
  }
});

test('HSDS fields map to ours, HSDS values never override ours', () => {
  const f = fields({
    name: 'X',
    cost: 'Ours',
    fees_description: 'Theirs',
    last_modified: '2026-01-02T03:04:05Z',
    phones: [
      { number: '555 0100', type: 'fax' },
      { number: '555-555-0101', type: 'cell' },
    ],
    schedules: [
      {
        byday: '2MO',
        opens_at: '10:00',
        closes_at: '12:00',
        freq: 'MONTHLY',
        description: 'Second Monday',
      },
    ],
    attributes: [
      { value: 'yes', taxonomy_term: { code: 'anonymous', taxonomy: 'other-taxonomy' } },
      {
        value: 'no',
        taxonomy_term: { code: 'id-required', taxonomy_detail: { name: 'haven-resource' } },
      },
    ],
  });
  assert.equal(f.cost, 'Ours');
  assert.equal(f.checked, '2026-01-02');
  assert.equal(f.phone, '555-555-0101');
  assert.equal(f.hours, 'Second Monday');
  assert.equal(f.anonymous, undefined);
  assert.equal(f['id-required'], 'no');
});

test('phone numbers are cleaned for the link and shown as given', () => {
  assert.deepEqual(phone('"(555) 555-0101" x 12', 'tel'), {
    number: '(555) 555-0101',
    ext: '12',
    href: 'tel:5555550101;ext=12',
  });
  assert.equal(phone('+1.555.555.0101', 'sms').href, 'sms:+15555550101');
  assert.equal(phone('call us', 'tel'), undefined);
  assert.equal(phone('555\n555-0101', 'tel').href, 'tel:5555550101'); // a line break in the text
  assert.equal(phone('988', 'tel').href, 'tel:988');
});

test('the CLI’s help and its missing-argument exit code', () => {
  assert.equal(run([]).status, 2);
  assert.match(
    execFileSync(process.execPath, [cli, '--help'], {
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
    }) + run(['--help']).stderr,
    /usage: haven-resources/,
  );
});
