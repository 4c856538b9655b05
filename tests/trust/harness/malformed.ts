// The trust suite's in-page harness: malformed and extreme input.
import { renderExample, type Example } from '../../../src/examples.js';
import { deepText, settle } from '../../lib/dom.js';
import {
  setJson,
  setSlotText,
  setField,
  leaves,
  replaceAt,
  mapArrays,
  runCases,
  withoutJson,
  hostilePaths,
  baseFor,
} from './cases.js';
import {
  type Field,
  type Discovery,
  type CaseResult,
  type Case,
  setOf,
  short,
  log,
  stage,
} from './common.js';
import { discover } from './discover.js';
import { norm } from './inspect.js';

export const LONG = 'Long text with ordinary words in it '.repeat(300).slice(0, 10000);
export const LONG_WORD = 'Abcdefghij'.repeat(1000);
export const ATTR_VALUES: Array<[string, string]> = [
  ['empty', ''],
  ['spaces', '   '],
  ['0', '0'],
  ['-1', '-1'],
  ['1.5', '1.5'],
  ['NaN', 'NaN'],
  ['Infinity', 'Infinity'],
  ['1e309', '1e309'],
  ['"null"', 'null'],
  ['"undefined"', 'undefined'],
  ['"true"', 'true'],
  ['"false"', 'false'],
  ['"[]"', '[]'],
  ['"{}"', '{}'],
  ['"[object Object]"', '[object Object]'],
  ['10,000 characters', LONG],
  ['a 10,000-character word', LONG_WORD],
];
export const PROP_VALUES: Array<[string, () => unknown]> = [
  ['42', () => 42],
  ['-1', () => -1],
  ['0', () => 0],
  ['NaN', () => NaN],
  ['Infinity', () => Infinity],
  ['true', () => true],
  ['false', () => false],
  ['null', () => null],
  ['undefined', () => undefined],
  ['{}', () => ({})],
  ['[]', () => []],
  ['[1, "a", null]', () => [1, 'a', null]],
  ['a nested object', () => ({ a: { b: [1] } })],
  ['a Date', () => new Date(0)],
  ['""', () => ''],
  ['10,000 characters', () => LONG],
  ['a 10,000-character word', () => LONG_WORD],
];
export const INVALID_JSON: Array<[string, string]> = [
  ['unclosed object', '{'],
  ['cut off', '{"a":'],
  ['unclosed array', '[1,2'],
  ['undefined', 'undefined'],
  ['empty', ''],
  ['spaces', '   '],
  ['single quotes', "{'a':'b'}"],
  ['trailing comma', '{"a":1,}'],
  ['NaN', 'NaN'],
  ['HTML', '<p>not json</p>'],
  ['10,000 characters', LONG],
  ['null', 'null'],
  ['a number', '42'],
  ['a string', '"text"'],
  ['an empty array', '[]'],
  ['an empty object', '{}'],
  ['500 empty objects', `[${Array(500).fill('{}').join(',')}]`],
];
export const HEADING_VALUES = ['0', '1', '7', '9', '-1', '2.5', 'h2', 'NaN', '99999999999'];
export const PHONE_VALUES = [
  'not a phone',
  '123',
  '+',
  '++1 (714) 975',
  '1'.repeat(40),
  '<b>714</b>-975-8893',
  'tel:+17149758893',
  '714-975-8893 ext. <script>',
];

/** Every malformed or extreme input of `tag`, grouped by path. */
export function malformedPaths(
  d: Discovery,
): Array<{ path: string; cases: Case[]; overflow?: boolean }> {
  const base = baseFor(d);
  const out: Array<{ path: string; cases: Case[]; overflow?: boolean }> = [];
  const add = (
    path: string,
    cases: Array<[string, (el: HTMLElement) => void]>,
    b = base,
    overflow = true,
  ) =>
    out.push({
      path,
      overflow,
      cases: cases.map(([label, apply]) => ({ label: `${path}: ${label}`, base: b, apply })),
    });
  for (const name of d.attributes) {
    const field: Field = { kind: 'attr', name };
    add(
      `attribute ${name}`,
      ATTR_VALUES.map(([label, v]) => [label, (el) => setField(el, field, v)]),
      baseFor(d, field),
    );
  }
  for (const prop of d.properties) {
    const field: Field = { kind: 'prop', name: prop.name };
    add(
      `property ${prop.name}`,
      PROP_VALUES.map(([label, v]) => [label, (el) => setField(el, field, v())]),
      baseFor(d, field),
    );
  }
  for (const slot of d.slots) {
    add(`slot ${slot || '(default)'}`, [
      ['10,000 characters', (el) => setSlotText(el, slot, LONG)],
      ['a 10,000-character word', (el) => setSlotText(el, slot, LONG_WORD)],
      ['empty', (el) => setSlotText(el, slot, '')],
    ]);
  }
  const noJsonBase = withoutJson(base);
  add(
    'JSON child',
    INVALID_JSON.map(([label, text]) => [label, (el) => setJson(el, text)]),
    noJsonBase,
  );
  const hint = setOf(d.tag).trust?.json;
  if (hint !== undefined) {
    const wrong: Array<[string, unknown]> = [
      ['a number', 42],
      ['null', null],
      ['an object', { a: 1 }],
      ['an array', [1]],
      ['true', true],
      ['10,000 characters', LONG],
    ];
    const cases: Array<[string, (el: HTMLElement) => void]> = [];
    for (const leaf of leaves(hint)) {
      for (const [label, v] of wrong) {
        cases.push([
          `${leaf.path} = ${label}`,
          (el) => setJson(el, JSON.stringify(replaceAt(hint, leaf.path, v))),
        ]);
      }
    }
    cases.push([
      'every list empty',
      (el) => setJson(el, JSON.stringify(mapArrays(hint, () => []))),
    ]);
    cases.push([
      'every list of 500',
      (el) =>
        setJson(
          el,
          JSON.stringify(
            mapArrays(hint, (a) =>
              a.length ? Array.from({ length: 500 }, (_, i) => a[i % a.length]) : a,
            ),
          ),
        ),
    ]);
    add('JSON child (hint)', cases, noJsonBase);
  }
  for (const f of d.headingFields) {
    add(
      `${f.kind} ${f.name} (heading level)`,
      HEADING_VALUES.map((v) => [v, (el) => setField(el, f, v)]),
      baseFor(d, f),
    );
  }
  for (const f of d.phoneFields) {
    add(
      `${f.kind} ${f.name} (phone)`,
      PHONE_VALUES.map((v) => [short(v, 30), (el) => setField(el, f, v)]),
      baseFor(d, f),
    );
  }
  for (const attr of d.idAttributes) {
    const ids = d.knownIds.length ? d.knownIds : ['x'];
    const prefix = ids[0]!.includes('/') ? ids[0]!.slice(0, ids[0]!.indexOf('/') + 1) : '';
    add(`attribute ${attr} (content ids)`, [
      ['an unknown id', (el) => el.setAttribute(attr, `${prefix}trust-no-such-item`)],
      ['an id without its collection', (el) => el.setAttribute(attr, 'no-such-item')],
      [
        '500 ids',
        (el) =>
          el.setAttribute(
            attr,
            Array.from({ length: 500 }, (_, i) => ids[i % ids.length]).join(' '),
          ),
      ],
      ['only separators', (el) => el.setAttribute(attr, ' , ,, ')],
      ['known and unknown', (el) => el.setAttribute(attr, `${ids[0]} ${prefix}trust-nope`)],
    ]);
  }
  for (const prop of d.properties.filter((p) => p.type === 'array')) {
    add(`property ${prop.name} (list)`, [
      ['empty', (el) => setField(el, { kind: 'prop', name: prop.name }, [])],
      [
        '500 items',
        (el) => {
          const current = (el as unknown as Record<string, unknown>)[prop.name];
          const list = Array.isArray(current) && current.length ? current : [''];
          setField(
            el,
            { kind: 'prop', name: prop.name },
            Array.from({ length: 500 }, (_, i) => list[i % list.length]),
          );
        },
      ],
    ]);
  }
  return out;
}

/**
 * Inputs that must make the element say once what to fix. Each runs on a fresh page (so
 * `warnOnce` has said nothing yet), three times over.
 */
export function mustWarnCases(d: Discovery): Array<{ id: string; label: string; note: boolean }> {
  const out: Array<{ id: string; label: string; note: boolean }> = [];
  for (const a of d.idAttributes)
    out.push({ id: `id:${a}`, label: `attribute ${a}: an unknown content id`, note: true });
  for (const f of d.headingFields.filter((x) => x.kind === 'attr')) {
    out.push({ id: `heading:${f.name}`, label: `attribute ${f.name}: level 9`, note: false });
  }
  if (d.readsJson) out.push({ id: 'json', label: 'JSON child: invalid JSON', note: true });
  for (const f of d.phoneFields)
    out.push({
      id: `phone:${f.kind}:${f.name}`,
      label: `${f.kind} ${f.name}: not a phone number`,
      note: false,
    });
  for (const f of d.urlFields)
    out.push({
      id: `url:${f.kind}:${f.name}`,
      label: `${f.kind} ${f.name}: a javascript: address`,
      note: false,
    });
  return out;
}

/**
 * `d` comes from another page: discovering renders every example, and an example with the same
 * problem would use up the one warning this case must see.
 */
export async function runMustWarn(
  d: Discovery,
  id: string,
): Promise<{ failures: string[]; first: string[]; repeated: number }> {
  const tag = d.tag;
  const bare: Example = { name: 'bare', description: '' };
  const [kind, ...rest] = id.split(':');
  let base = baseFor(d);
  let apply: (el: HTMLElement) => void;
  let note = false;
  if (kind === 'id') {
    const prefix = d.knownIds[0]?.includes('/')
      ? d.knownIds[0].slice(0, d.knownIds[0].indexOf('/') + 1)
      : '';
    base = bare;
    note = true;
    apply = (el) => el.setAttribute(rest[0]!, `${prefix}trust-no-such-item`);
  } else if (kind === 'heading') {
    base = baseFor(d, { kind: 'attr', name: rest[0]! });
    apply = (el) => el.setAttribute(rest[0]!, '9');
  } else if (kind === 'json') {
    base = bare;
    note = true;
    apply = (el) => setJson(el, '{"broken": ');
  } else {
    const field: Field = { kind: rest[0] as Field['kind'], name: rest[1]! };
    base = baseFor(d, field);
    apply = (el) =>
      setField(
        el,
        field,
        kind === 'phone' ? 'not a phone number' : "javascript:__havenCanary('w01')",
      );
  }
  const c: Case = { label: id, base, apply, payloadId: 'w01' };
  const w0 = log().warnings.length;
  const [first] = await runCases(tag, [c], { note });
  const firstWarnings = log().warnings.slice(w0);
  const failures = [...first!.failures];
  if (!firstWarnings.length) failures.push('logged no console warning');
  const w1 = log().warnings.length;
  const again = await runCases(tag, [c, c], { note });
  for (const r of again) failures.push(...r.failures.map((f) => `again: ${f}`));
  const repeated = log().warnings.length - w1;
  if (repeated)
    failures.push(
      `logged ${repeated} more warning(s) for the same problem: ${log().warnings.slice(w1).join(' | ')}`,
    );
  if (kind === 'heading') {
    const el = renderExample(tag, base);
    apply(el);
    stage().append(el);
    await settle(el);
    const all = (root: ShadowRoot | null): Element[] =>
      root
        ? [
            ...root.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]'),
            ...[...root.querySelectorAll('*')].flatMap((e) => all(e.shadowRoot)),
          ]
        : [];
    const levels = all(el.shadowRoot).map((h) =>
      h.getAttribute('aria-level')
        ? Number(h.getAttribute('aria-level'))
        : Number(h.localName.slice(1)),
    );
    if (levels.some((n) => !(n >= 2 && n <= 6)))
      failures.push(`renders heading levels ${levels.join(', ')} (only 2-6 allowed)`);
    el.remove();
  }
  return { failures, first: firstWarnings, repeated };
}

/** The malformed cases of `tag`, path by path. */
export async function malformed(tag: string, path: string): Promise<CaseResult[]> {
  const d = await discover(tag);
  const p = malformedPaths(d).find((x) => x.path === path);
  if (!p) throw new Error(`no malformed path "${path}"`);
  return runCases(tag, p.cases, { overflow: p.overflow }, 20);
}

export async function hostile(tag: string, path: string): Promise<CaseResult[]> {
  const d = await discover(tag);
  const p = hostilePaths(d).find((x) => x.path === path);
  if (!p) throw new Error(`no hostile path "${path}"`);
  return runCases(tag, p.cases);
}

/**
 * What a CMS adds around an element must not change what it shows: a JSON child it does not
 * read (valid or not), and the line breaks and indentation of a pasted snippet. Every example
 * must show the same text with them as without.
 */
export async function ignoresNoise(tag: string, json: boolean): Promise<CaseResult[]> {
  const set = setOf(tag);
  const results: CaseResult[] = [];
  for (const ex of set.examples) {
    const variants: Array<[string, HTMLElement]> = [];
    if (json) {
      const withJson = renderExample(tag, ex);
      setJson(withJson, '{"title":"Trust probe: ignore me","items":[1,2]}');
      const broken = renderExample(tag, ex);
      setJson(broken, '{"broken": ');
      variants.push(['a JSON child', withJson], ['an invalid JSON child', broken]);
    }
    // Indentation between the element's own children, as a pasted snippet has it.
    const spaced = renderExample(tag, ex);
    for (const child of [...spaced.childNodes]) child.before('\n    ');
    spaced.append('\n  ');
    variants.push(['line breaks and indentation', spaced]);
    const plain = renderExample(tag, ex);
    stage().append(plain, ...variants.map(([, el]) => el));
    const failures = await settle(plain);
    for (const [, el] of variants) failures.push(...(await settle(el)));
    // White space is left out of the comparison: a pasted snippet's line breaks land in a slot
    // as white-space-only text beside block boxes, which no one sees (the minified templates
    // keep no white space between blocks, so the flat-tree text would differ by a space).
    const visible = (el: Element) => norm(deepText(el)).replace(/\s+/g, '');
    const want = visible(plain);
    for (const [what, el] of variants) {
      const got = visible(el);
      if (got !== want) {
        const hint = what.includes('JSON') ? ' (if it reads JSON, declare `trust.json`)' : '';
        failures.push(`${what} changes what it shows${hint}: ${short(norm(deepText(el)), 120)}`);
      }
    }
    stage().replaceChildren();
    results.push({ label: `example "${ex.name}"`, failures });
  }
  return results;
}
