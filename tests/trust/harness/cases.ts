// The trust suite's in-page harness: building and running cases.
import { renderExample, type Example } from '../../../src/examples.js';
import { deepText, settle } from '../../lib/dom.js';
import { payloads, unsafeUrls, type Payload } from '../payloads.js';
import {
  URL_NAME,
  PHONE_NAME,
  type Field,
  type Discovery,
  type CaseResult,
  type Case,
  type CheckOptions,
  setOf,
  describe,
  log,
  stage,
} from './common.js';
import { discover } from './discover.js';
import { norm, hasNote, markupProblems, polluted } from './inspect.js';

export const JSON_CHILD = 'script[type="application/json"]';

export function setJson(el: HTMLElement, text: string): void {
  for (const old of el.querySelectorAll(`:scope > ${JSON_CHILD}`)) old.remove();
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  el.append(script);
}

export function setSlotText(el: HTMLElement, slot: string, text: string): void {
  const node = document.createElement(slot ? 'span' : 'p');
  if (slot) node.slot = slot;
  node.textContent = text;
  el.append(node);
}

export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function setMarkup(el: HTMLElement, template: string, text: string): void {
  const html = template.split('{text}').join(escapeHtml(text));
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  el.append(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
}

export function setField(el: HTMLElement, field: Field, value: unknown): void {
  if (field.kind === 'attr') el.setAttribute(field.name, String(value));
  else (el as unknown as Record<string, unknown>)[field.name] = value;
}

/** A deep copy of `value` with `fn` applied to every leaf. */
export function mapLeaves(
  value: unknown,
  fn: (leaf: unknown, key: string) => unknown,
  key = '',
): unknown {
  if (Array.isArray(value)) return value.map((v) => mapLeaves(v, fn, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, mapLeaves(v, fn, k)] as const),
    );
  }
  return fn(value, key);
}

/** Each leaf of `value`, by path (`a.b[0].c`), with its key. */
export function leaves(value: unknown, path = '', key = ''): Array<{ path: string; key: string }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`, key));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k, k));
  }
  return [{ path, key }];
}

/** A copy of `value` with the leaf at `path` replaced by `leaf`. */
export function replaceAt(value: unknown, path: string, leaf: unknown): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  const parts = path.match(/[^.[\]]+/g) ?? [];
  let node: Record<string, unknown> = copy;
  for (const p of parts.slice(0, -1)) node = node[p] as Record<string, unknown>;
  node[parts[parts.length - 1]!] = leaf;
  return copy;
}

/** Every array in `value` replaced by `fn(array)`. */
export function mapArrays(value: unknown, fn: (a: unknown[]) => unknown[]): unknown {
  if (Array.isArray(value)) return fn(value.map((v) => mapArrays(v, fn)));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapArrays(v, fn)]));
  }
  return value;
}

export function build(tag: string, c: Case): { el: HTMLElement; injected: WeakSet<Node> } {
  const el = renderExample(tag, c.base);
  c.apply(el);
  const injected = new WeakSet<Node>();
  for (const n of el.querySelectorAll('*')) injected.add(n);
  return { el, injected };
}

/**
 * Renders `cases` in batches and checks each: no exception, nothing executed, nothing unsafe
 * rendered, visible text, and the options' extra checks. A batch with an uncaught error is run
 * again one case at a time, to name the case.
 */
export async function runCases(
  tag: string,
  cases: Case[],
  options: CheckOptions = {},
  batchSize = 40,
): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (let i = 0; i < cases.length; i += batchSize) {
    const batch = cases.slice(i, i + batchSize);
    const errorsBefore = log().errors.length;
    const out = await runBatch(tag, batch, options);
    const escaped = log().errors.slice(errorsBefore);
    if (escaped.length && batch.length > 1) {
      let named = false;
      for (const c of batch) {
        const before = log().errors.length;
        const [alone] = await runBatch(tag, [c], options);
        const mine = log().errors.slice(before);
        if (mine.length) named = true;
        alone!.failures.push(...mine.map((e) => `uncaught: ${e}`));
        results.push(alone!);
      }
      if (!named) {
        const label = `batch from ${batch[0]!.label}`;
        results.push({ label, failures: escaped.map((e) => `uncaught: ${e}`) });
      }
    } else {
      if (escaped.length) out[0]!.failures.push(...escaped.map((e) => `uncaught: ${e}`));
      results.push(...out);
    }
  }
  return results;
}

export async function runBatch(
  tag: string,
  batch: Case[],
  options: CheckOptions,
): Promise<CaseResult[]> {
  const root = stage();
  const canaryBefore = log().canary.length;
  const items = batch.map((c) => {
    const result: CaseResult = { label: c.label, failures: [] };
    try {
      return { c, result, ...build(tag, c) };
    } catch (err) {
      result.failures.push(`threw while setting the input: ${describe(err)}`);
      return { c, result, el: undefined, injected: new WeakSet<Node>() };
    }
  });
  const boxes = new Map<(typeof items)[number], HTMLElement>();
  for (const it of items) {
    if (!it.el) continue;
    const box = document.createElement('div');
    box.className = 'case';
    box.append(it.el);
    boxes.set(it, box);
    try {
      root.append(box);
    } catch (err) {
      it.result.failures.push(`threw when connected: ${describe(err)}`);
    }
  }
  for (const it of items) if (it.el) it.result.failures.push(...(await settle(it.el)));
  for (const it of items) {
    const { el, injected, result } = it;
    if (!el) continue;
    result.failures.push(...markupProblems(el, injected));
    if (!norm(deepText(el))) result.failures.push('shows no text');
    if (options.note && !hasNote(el)) result.failures.push('shows no neutral note');
    // Scrollable overflow is measured on the flat tree: shadow content counts.
    const box = boxes.get(it)!;
    if (options.overflow && box.scrollWidth > box.clientWidth + 1) {
      result.failures.push(`overflows sideways (${box.scrollWidth} px in ${box.clientWidth})`);
    }
  }
  const hits = log().canary.slice(canaryBefore);
  for (const hit of hits) {
    const it = items.find((x) => x.c.payloadId && hit.includes(x.c.payloadId));
    (it ?? items[0]!).result.failures.push(`EXECUTED: canary ${hit}`);
  }
  items[0]?.result.failures.push(...polluted());
  root.replaceChildren();
  return items.map((it) => it.result);
}

export const withoutJson = (ex: Example): Example =>
  ex.children
    ? {
        ...ex,
        children: ex.children.replace(/<script type="application\/json">[\s\S]*?<\/script>/g, ''),
      }
    : ex;

/** Every hostile input path of `tag`, each with its cases (one per payload). */
export function hostilePaths(d: Discovery): Array<{ path: string; cases: Case[] }> {
  const set = setOf(d.tag);
  const base = baseFor(d);
  const paths: Array<{ path: string; cases: Case[] }> = [];
  const add = (
    path: string,
    list: Payload[],
    apply: (el: HTMLElement, p: Payload) => void,
    b = base,
  ) =>
    paths.push({
      path,
      cases: list.map((p) => ({
        label: `${path} ← ${p.id}`,
        payloadId: p.id,
        base: b,
        apply: (el) => apply(el, p),
      })),
    });
  for (const name of d.attributes) {
    const field: Field = { kind: 'attr', name };
    add(`attribute ${name}`, payloads, (el, p) => setField(el, field, p.value), baseFor(d, field));
  }
  // A string property with an attribute receives exactly what the attribute path gave it (Lit's
  // default converter passes strings through), so only the other properties get their own path.
  for (const prop of d.properties.filter((x) => x.type !== 'string' || x.attribute === false)) {
    const field: Field = { kind: 'prop', name: prop.name };
    add(
      `property ${prop.name}`,
      payloads,
      (el, p) => setField(el, field, p.value),
      baseFor(d, field),
    );
  }
  const noJsonBase = withoutJson(base);
  add('JSON child (raw text)', payloads, (el, p) => setJson(el, p.value), noJsonBase);
  add(
    'JSON child (a string)',
    payloads,
    (el, p) => setJson(el, JSON.stringify(p.value)),
    noJsonBase,
  );
  const keys = [...new Set([...d.attributes, ...d.properties.map((p) => p.name)])];
  add(
    'JSON child (every field name)',
    payloads,
    (el, p) => setJson(el, JSON.stringify(Object.fromEntries(keys.map((k) => [k, p.value])))),
    noJsonBase,
  );
  const hint = set.trust?.json;
  if (hint !== undefined) {
    const hostile = (p: Payload) =>
      mapLeaves(hint, (leaf) => (typeof leaf === 'string' ? p.value : leaf));
    add(
      'JSON child (hint, every string)',
      payloads,
      (el, p) => setJson(el, JSON.stringify(hostile(p))),
      noJsonBase,
    );
    for (const leaf of leaves(hint).filter((l) => URL_NAME.test(l.key) || PHONE_NAME.test(l.key))) {
      add(
        `JSON child (hint, ${leaf.path})`,
        payloads,
        (el, p) => setJson(el, JSON.stringify(replaceAt(hint, leaf.path, p.value))),
        noJsonBase,
      );
    }
    for (const prop of d.properties.filter(
      (p) => p.type === 'object' || p.type === 'array' || p.attribute === false,
    )) {
      add(`property ${prop.name} (hint, every string)`, payloads, (el, p) =>
        setField(el, { kind: 'prop', name: prop.name }, hostile(p)),
      );
    }
  }
  for (const slot of d.slots) {
    add(`slot ${slot || '(default)'} text`, payloads, (el, p) => setSlotText(el, slot, p.value));
  }
  (set.trust?.markup ?? []).forEach((template, i) => {
    add(`markup hint ${i + 1}`, payloads, (el, p) => setMarkup(el, template, p.value), noJsonBase);
  });
  return paths;
}

/**
 * The example a case starts from: the lightest visible example that sets `field` (so the test
 * value replaces one that matters), else the lightest visible example. Lightest means fewest
 * rendered elements: a group element need not re-render all its cards for every payload.
 */
export function baseFor(d: Discovery, field?: Field): Example {
  const set = setOf(d.tag);
  const shown = set.examples.filter((e) => !e.hidden);
  const pool = shown.length ? shown : set.examples;
  const attr =
    field?.kind === 'prop'
      ? d.properties.find((p) => p.name === field.name)?.attribute || field.name
      : field?.name;
  const setting = attr ? pool.filter((ex) => ex.attrs && attr in ex.attrs) : [];
  const from = setting.length ? setting : pool;
  return [...from].sort((a, b) => (d.weights[a.name] ?? 0) - (d.weights[b.name] ?? 0))[0]!;
}

/** An address each URL field should render as a link, proving its safety checks are live. */
export const probeFor = (field: Field) =>
  /email/i.test(field.name) ? 'trust-probe@example.org' : 'https://example.org/trust-probe';

/**
 * URL fields: a safe address renders a link (so the field is live); unsafe ones never render.
 */
export async function urlFields(tag: string): Promise<CaseResult[]> {
  const d = await discover(tag);
  const results: CaseResult[] = [];
  for (const field of d.urlFields) {
    const base = baseFor(d, field);
    const el = renderExample(tag, base);
    setField(el, field, probeFor(field));
    stage().append(el);
    const failures = await settle(el);
    const links: Element[] = [];
    const walk = (root: ParentNode) => {
      for (const e of root.querySelectorAll('[href]')) links.push(e);
      for (const e of root.querySelectorAll('*')) if (e.shadowRoot) walk(e.shadowRoot);
    };
    walk(el);
    if (el.shadowRoot) walk(el.shadowRoot);
    if (!links.some((a) => (a.getAttribute('href') ?? '').includes('trust-probe'))) {
      failures.push(
        `a safe address in ${field.kind} ${field.name} renders no link on example "${base.name}", so its checks would prove nothing`,
      );
    }
    el.remove();
    results.push({ label: `${field.kind} ${field.name} renders a safe address`, failures });
    const cases: Case[] = unsafeUrls.map((p) => ({
      label: `${field.kind} ${field.name} ← ${p.id}`,
      payloadId: p.id,
      base,
      apply: (e) => setField(e, field, p.value),
    }));
    results.push(...(await runCases(tag, cases)));
  }
  return results;
}
