/**
 * The in-page half of the trust suite: discovers every element's inputs, renders cases, and
 * checks what the widgets rendered. `run.js` drives it through `window.havenTrust` (see
 * `page.ts`). Everything here is generic: it loops over `allExamples` and reads each element's
 * inputs from its class (`observedAttributes`, Lit's `elementProperties`), the slots it renders,
 * and the optional `trust` hints of its example set.
 */
import { renderExample, type Example, type ExampleSet } from '../../src/examples.js';
import { allExamples } from '../../src/all-examples.js';
import { isSafeUrl, payloads, unsafeUrls, type Payload } from './payloads.js';

type LitLike = Element & { updateComplete: Promise<boolean> };
interface PropDecl {
  attribute?: string | boolean;
  type?: unknown;
  state?: boolean;
}
type LitClass = CustomElementConstructor & {
  observedAttributes?: string[];
  elementProperties?: Map<PropertyKey, PropDecl>;
};

/** Names of fields that take an address. */
export const URL_NAME = /href|url|website|booking|email|link/i;
/** Names of fields that take a phone number. */
export const PHONE_NAME = /phone|^tel$/i;
/** Names of fields that take a heading level. */
export const HEADING_NAME = /(^|-)level$|Level$/;

export interface Field {
  kind: 'attr' | 'prop';
  name: string;
}
export interface PropInfo {
  name: string;
  type: 'string' | 'number' | 'boolean' | 'array' | 'object' | 'other';
  attribute: string | false;
}
export interface Discovery {
  tag: string;
  attributes: string[];
  properties: PropInfo[];
  /** Slot names the element renders in any of its examples; '' is the default slot. */
  slots: string[];
  readsJson: boolean;
  idAttributes: string[];
  /** Content ids the examples use, for lists of 500. */
  knownIds: string[];
  urlFields: Field[];
  phoneFields: Field[];
  headingFields: Field[];
  /** Elements each example renders (by name): how costly it is to render once. */
  weights: Record<string, number>;
}
export interface CaseResult {
  label: string;
  failures: string[];
}
interface Case {
  label: string;
  payloadId?: string;
  base: Example;
  /** Adds the case's input to a freshly built element (not yet connected). */
  apply(el: HTMLElement): void;
}
interface CheckOptions {
  /** Require a visible neutral note. */
  note?: boolean;
  /** Require no horizontal overflow of the page. */
  overflow?: boolean;
}

const extraSets: ExampleSet[] = [];
/** Adds example sets beyond `allExamples` (the harness self-test's probes). */
export function addSets(more: ExampleSet[]): void {
  extraSets.push(...more);
}
export function sets(): ExampleSet[] {
  return [...allExamples, ...extraSets];
}
/** The size of the hostile corpus, by kind. */
export function corpus(): { total: number; kinds: string } {
  const counts = new Map<string, number>();
  for (const p of payloads) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
  return {
    total: payloads.length,
    kinds: [...counts].map(([k, n]) => `${n} ${k}`).join(', '),
  };
}

export function setOf(tag: string): ExampleSet {
  const set = sets().find((s) => s.tag === tag);
  if (!set) throw new Error(`no example set for <${tag}>`);
  return set;
}

const describe = (value: unknown): string =>
  value instanceof Error ? `${value.name}: ${value.message}` : String(value);
const short = (s: string, n = 70) => {
  const one = JSON.stringify(s);
  return one.length > n ? `${one.slice(0, n)}…"` : one;
};
const log = () => window.__havenTrustLog;

export function stage(): HTMLElement {
  let el = document.getElementById('stage');
  if (!el) {
    el = document.createElement('div');
    el.id = 'stage';
    document.body.append(el);
  }
  return el;
}

// ---------------------------------------------------------------------------------------------
// Reading what was rendered

/** Every Lit element in `root`'s tree, shadow roots included. */
function litElements(root: Element): LitLike[] {
  const out: LitLike[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      if ('updateComplete' in el) out.push(el as LitLike);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if ('updateComplete' in root) out.push(root as LitLike);
  walk(root);
  if (root.shadowRoot) walk(root.shadowRoot);
  return out;
}

/**
 * Waits until `el` and everything rendered inside it finished updating. A rejected
 * `updateComplete` is an exception that escaped an update: on a real page nobody awaits it, so
 * it would surface as an unhandled rejection. It is returned as a failure.
 */
export async function settle(el: Element): Promise<string[]> {
  const errors: string[] = [];
  for (let i = 0; i < 6; i += 1) {
    const pending = litElements(el);
    const results = await Promise.all(
      pending.map((e) =>
        e.updateComplete.then(
          (r) => r,
          (err: unknown) => {
            errors.push(`update of <${e.localName}> threw ${describe(err)}`);
            return true;
          },
        ),
      ),
    );
    if (results.every((r) => r === true) && litElements(el).length === pending.length) break;
  }
  return errors;
}

export const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/** The text a visitor would get from `node`, through shadow roots and slots (the flat tree). */
export function deepText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element) && !(node instanceof DocumentFragment)) return '';
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    return (assigned.length ? assigned : [...node.childNodes]).map(deepText).join('');
  }
  if (node instanceof HTMLElement && node.hidden) return '';
  if (node instanceof HTMLScriptElement || node instanceof HTMLStyleElement) return '';
  const children =
    node instanceof Element && node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
  return [...children].map(deepText).join('');
}
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every element the widget rendered: its shadow trees, and light-DOM nodes it created. */
function widgetElements(host: Element, injected: WeakSet<Node>): Element[] {
  const out: Element[] = [];
  const walkShadow = (root: ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) walkShadow(el.shadowRoot);
    }
  };
  if (host.shadowRoot) walkShadow(host.shadowRoot);
  for (const el of host.querySelectorAll('*')) {
    if (!injected.has(el)) out.push(el);
    if (el.shadowRoot) walkShadow(el.shadowRoot);
  }
  return out;
}

/** Elements that run code or load something: never rendered by a widget. */
const FORBIDDEN = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'meta',
  'link',
  'portal',
  // A <style> element is what a strict `style-src 'self'` blocks; Lit uses adopted sheets.
  'style',
  // SVG animation can set an href to javascript: after the fact.
  'animate',
  'set',
  'animatemotion',
  'animatetransform',
]);
const DATA_SCRIPT = /^application\/(ld\+)?json$/i;
/** Attributes that make the browser load something: no widget needs any. */
const LOADING = [
  'src',
  'srcset',
  'srcdoc',
  'ping',
  'action',
  'formaction',
  'background',
  'poster',
  'lowsrc',
  'dynsrc',
  'manifest',
  'codebase',
];
/** Attributes that hold an address a visitor can follow. */
const ADDRESS = ['href', 'xlink:href', 'cite', 'longdesc'];
const TEL = /^(tel|sms):\+?[0-9][0-9().-]*(;ext=[0-9]+)?$/;
const MAILTO = /^mailto:[^\s<>"'`]+$/;

/**
 * Where an outbound link or a rendered address breaks the rules: only https:, tel:, sms: and mailto:
 * (an in-page `#fragment` is not outbound), always `rel="noopener noreferrer"` and
 * `referrerpolicy="no-referrer"`.
 */
export function linkProblems(el: Element): string[] {
  const problems: string[] = [];
  const raw = el.getAttribute('href') ?? el.getAttribute('xlink:href');
  if (raw === null || raw.startsWith('#')) return problems;
  const where = `<${el.localName} href=${short(raw)}>`;
  if (!isSafeUrl(raw)) problems.push(`${where}: unsafe address (only https:, tel:, sms:, mailto:)`);
  const resolved = (el as HTMLAnchorElement).href;
  if (typeof resolved === 'string' && resolved && !isSafeUrl(resolved)) {
    problems.push(`${where}: resolves to unsafe ${short(resolved)}`);
  }
  if (/^(tel|sms):/.test(raw) && !TEL.test(raw)) problems.push(`${where}: not a phone number`);
  if (raw.startsWith('mailto:') && !MAILTO.test(raw)) problems.push(`${where}: not an address`);
  const rel = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
  if (!rel.includes('noopener') || !rel.includes('noreferrer')) {
    problems.push(`${where}: rel="${el.getAttribute('rel') ?? ''}" lacks noopener noreferrer`);
  }
  if (el.getAttribute('referrerpolicy') !== 'no-referrer') {
    problems.push(`${where}: no referrerpolicy="no-referrer"`);
  }
  return problems;
}

/** What a widget rendered that it must never render. */
export function markupProblems(host: Element, injected: WeakSet<Node>): string[] {
  const problems: string[] = [];
  for (const el of widgetElements(host, injected)) {
    const name = el.localName.toLowerCase();
    if (name === 'script') {
      const type = (el.getAttribute('type') ?? '').trim();
      if (!DATA_SCRIPT.test(type)) problems.push(`rendered a <script type="${type}">`);
      else {
        try {
          JSON.parse(el.textContent ?? '');
        } catch {
          problems.push(`rendered a <script type="${type}"> that is not valid JSON`);
        }
      }
    } else if (FORBIDDEN.has(name)) {
      problems.push(`rendered a <${el.localName}>`);
    }
    for (const attr of el.attributes) {
      const a = attr.name.toLowerCase();
      if (a.startsWith('on')) problems.push(`<${el.localName}> has an event handler ${a}`);
      else if (LOADING.includes(a))
        problems.push(`<${el.localName}> has ${a}=${short(attr.value)}`);
      else if (a === 'style' && /url\(|expression|@import|javascript:/i.test(attr.value)) {
        problems.push(`<${el.localName}> has style=${short(attr.value)}`);
      } else if (ADDRESS.includes(a) && a !== 'href' && a !== 'xlink:href') {
        if (!attr.value.startsWith('#') && !isSafeUrl(attr.value)) {
          problems.push(`<${el.localName}> has ${a}=${short(attr.value)}`);
        }
      }
    }
    if (el.hasAttribute('href') || el.hasAttribute('xlink:href')) {
      problems.push(...linkProblems(el));
    }
  }
  return problems;
}

/** Whether `node`'s tree shows a visible neutral note (`part="note"` or `class="note"`). */
export function hasNote(host: Element): boolean {
  const notes: Element[] = [];
  const walk = (root: ShadowRoot) => {
    notes.push(...root.querySelectorAll('[part~="note"], .note'));
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  if (host.shadowRoot) walk(host.shadowRoot);
  return notes.some((n) => n.checkVisibility() && norm(deepText(n)) !== '');
}

function polluted(): string[] {
  const probe = {} as Record<string, unknown>;
  return probe.havenPolluted !== undefined ? ['Object.prototype was polluted'] : [];
}

// ---------------------------------------------------------------------------------------------
// Discovering inputs

const typeName = (t: unknown): PropInfo['type'] =>
  t === undefined || t === String
    ? 'string'
    : t === Number
      ? 'number'
      : t === Boolean
        ? 'boolean'
        : t === Array
          ? 'array'
          : t === Object
            ? 'object'
            : 'other';

const discovered = new Map<string, Discovery>();

/** What `tag` takes as input, read from its class, its examples and its example set's hints. */
export async function discover(tag: string): Promise<Discovery> {
  const known = discovered.get(tag);
  if (known) return known;
  const set = setOf(tag);
  const ctor = customElements.get(tag) as LitClass | undefined;
  if (!ctor) throw new Error(`<${tag}> is not defined`);
  const attributes = [...(ctor.observedAttributes ?? [])];
  const properties: PropInfo[] = [];
  for (const [key, decl] of ctor.elementProperties ?? new Map<PropertyKey, PropDecl>()) {
    if (typeof key !== 'string' || decl.state) continue;
    const attribute =
      decl.attribute === false
        ? false
        : typeof decl.attribute === 'string'
          ? decl.attribute
          : key.toLowerCase();
    properties.push({ name: key, type: typeName(decl.type), attribute });
  }
  const slots = new Set<string>();
  const weights: Record<string, number> = {};
  for (const ex of set.examples) {
    const el = renderExample(tag, ex);
    stage().append(el);
    await settle(el);
    for (const slot of el.shadowRoot?.querySelectorAll('slot') ?? []) slots.add(slot.name);
    weights[ex.name] = widgetElements(el, new WeakSet()).length;
    el.remove();
  }
  const idAttributes = [
    ...new Set([
      ...attributes.filter((a) => a === 'content-id' || a === 'ids'),
      ...(set.trust?.idAttributes ?? []),
    ]),
  ];
  const knownIds = [
    ...new Set(
      set.examples.flatMap((ex) =>
        idAttributes.flatMap((a) =>
          String(ex.attrs?.[a] ?? '')
            .split(/[\s,]+/)
            .filter(Boolean),
        ),
      ),
    ),
  ];
  const fields = (test: (name: string) => boolean): Field[] => [
    ...attributes.filter(test).map((name) => ({ kind: 'attr' as const, name })),
    ...properties.filter((p) => test(p.name)).map((p) => ({ kind: 'prop' as const, name: p.name })),
  ];
  const extraUrl = set.trust?.urlFields ?? [];
  const text = set.trust?.textFields ?? [];
  const d: Discovery = {
    tag,
    attributes,
    properties,
    slots: [...slots],
    readsJson: set.trust?.json !== undefined,
    idAttributes,
    knownIds,
    urlFields: fields((n) => (URL_NAME.test(n) && !text.includes(n)) || extraUrl.includes(n)),
    phoneFields: fields((n) => PHONE_NAME.test(n)),
    headingFields: fields((n) => HEADING_NAME.test(n)),
    weights,
  };
  discovered.set(tag, d);
  return d;
}

// ---------------------------------------------------------------------------------------------
// Building and running cases

const JSON_CHILD = 'script[type="application/json"]';

function setJson(el: HTMLElement, text: string): void {
  for (const old of el.querySelectorAll(`:scope > ${JSON_CHILD}`)) old.remove();
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  el.append(script);
}

function setSlotText(el: HTMLElement, slot: string, text: string): void {
  const node = document.createElement(slot ? 'span' : 'p');
  if (slot) node.slot = slot;
  node.textContent = text;
  el.append(node);
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function setMarkup(el: HTMLElement, template: string, text: string): void {
  const html = template.split('{text}').join(escapeHtml(text));
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  el.append(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
}

function setField(el: HTMLElement, field: Field, value: unknown): void {
  if (field.kind === 'attr') el.setAttribute(field.name, String(value));
  else (el as unknown as Record<string, unknown>)[field.name] = value;
}

/** A deep copy of `value` with `fn` applied to every leaf. */
function mapLeaves(value: unknown, fn: (leaf: unknown, key: string) => unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => mapLeaves(v, fn, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, mapLeaves(v, fn, k)] as const),
    );
  }
  return fn(value, key);
}

/** Each leaf of `value`, by path (`a.b[0].c`), with its key. */
function leaves(value: unknown, path = '', key = ''): Array<{ path: string; key: string }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`, key));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k, k));
  }
  return [{ path, key }];
}

/** A copy of `value` with the leaf at `path` replaced by `leaf`. */
function replaceAt(value: unknown, path: string, leaf: unknown): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  const parts = path.match(/[^.[\]]+/g) ?? [];
  let node: Record<string, unknown> = copy;
  for (const p of parts.slice(0, -1)) node = node[p] as Record<string, unknown>;
  node[parts[parts.length - 1]!] = leaf;
  return copy;
}

/** Every array in `value` replaced by `fn(array)`. */
function mapArrays(value: unknown, fn: (a: unknown[]) => unknown[]): unknown {
  if (Array.isArray(value)) return fn(value.map((v) => mapArrays(v, fn)));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapArrays(v, fn)]));
  }
  return value;
}

function build(tag: string, c: Case): { el: HTMLElement; injected: WeakSet<Node> } {
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

async function runBatch(tag: string, batch: Case[], options: CheckOptions): Promise<CaseResult[]> {
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

const withoutJson = (ex: Example): Example =>
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
const probeFor = (field: Field) =>
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

// ---------------------------------------------------------------------------------------------
// Malformed and extreme input

const LONG = 'Long text with ordinary words in it '.repeat(300).slice(0, 10000);
const LONG_WORD = 'Abcdefghij'.repeat(1000);
const ATTR_VALUES: Array<[string, string]> = [
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
const PROP_VALUES: Array<[string, () => unknown]> = [
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
const INVALID_JSON: Array<[string, string]> = [
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
const HEADING_VALUES = ['0', '1', '7', '9', '-1', '2.5', 'h2', 'NaN', '99999999999'];
const PHONE_VALUES = [
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
    const want = norm(deepText(plain));
    for (const [what, el] of variants) {
      const got = norm(deepText(el));
      if (got !== want) {
        const hint = what.includes('JSON') ? ' (if it reads JSON, declare `trust.json`)' : '';
        failures.push(`${what} changes what it shows${hint}: ${short(got, 120)}`);
      }
    }
    stage().replaceChildren();
    results.push({ label: `example "${ex.name}"`, failures });
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// Whole-page scenarios

export interface Rendered {
  tag: string;
  example: string;
  failures: string[];
}

/**
 * Renders every example of every element into sections of the page, opens every collapsed
 * explanation with a click, and checks each.
 */
export async function renderAll(into: HTMLElement = stage()): Promise<Rendered[]> {
  const out: Rendered[] = [];
  const items: Array<{ el: HTMLElement; injected: WeakSet<Node>; r: Rendered }> = [];
  for (const set of sets()) {
    for (const ex of set.examples) {
      const section = document.createElement('section');
      section.dataset.tag = set.tag;
      section.dataset.example = ex.name;
      const el = renderExample(set.tag, ex);
      const injected = new WeakSet<Node>();
      for (const n of el.querySelectorAll('*')) injected.add(n);
      section.append(el);
      into.append(section);
      const r: Rendered = { tag: set.tag, example: ex.name, failures: [] };
      items.push({ el, injected, r });
      out.push(r);
    }
  }
  for (const it of items) it.r.failures.push(...(await settle(it.el)));
  for (const it of items) {
    for (const button of toggles(it.el)) {
      const before = button.getAttribute('aria-expanded');
      button.click();
      await settle(it.el);
      if (button.getAttribute('aria-expanded') === before) {
        it.r.failures.push('a toggle button did not change aria-expanded when clicked');
      }
    }
    it.r.failures.push(...markupProblems(it.el, it.injected));
    if (!norm(deepText(it.el))) it.r.failures.push('shows no text');
  }
  return out;
}

/** Every button with aria-expanded in `el`'s tree (the disclosure toggles). */
export function toggles(root: Element | ShadowRoot): HTMLButtonElement[] {
  const out: HTMLButtonElement[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      if (el instanceof HTMLButtonElement && el.hasAttribute('aria-expanded')) out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  return out;
}

/** The markup of every example, as HTML a page could be served with. */
/** The text of an element's light DOM outside scripts, styles and templates. */
function readableText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const skip of copy.querySelectorAll('script, style, template')) skip.remove();
  return copy.textContent!.trim();
}

export function exampleMarkup(
  onlyWithChildren: boolean,
  tags?: string[],
): Array<{ tag: string; example: string; html: string }> {
  const out: Array<{ tag: string; example: string; html: string }> = [];
  for (const set of sets()) {
    if (tags && !tags.includes(set.tag)) continue;
    for (const ex of set.examples) {
      if (onlyWithChildren && !ex.children) continue;
      // Not connected: the element has not rendered, so this is the light DOM as authored.
      const el = renderExample(set.tag, ex);
      // JSON configuration is data, not something to read: only markup content is expected to
      // be readable with JavaScript off.
      if (onlyWithChildren && !readableText(el)) continue;
      const holder = document.createElement('div');
      holder.append(el);
      out.push({ tag: set.tag, example: ex.name, html: holder.innerHTML });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Embedding faults: churn, and layout under hostile global CSS

function area(id: string): HTMLElement {
  let el = document.getElementById(id);
  if (!el) {
    el = document.createElement('div');
    el.id = id;
    document.body.append(el);
  }
  return el;
}

async function settleChildren(root: HTMLElement): Promise<string[]> {
  const errors: string[] = [];
  for (const child of root.children) errors.push(...(await settle(child)));
  return errors;
}

/** Inserts `copies` copies of every example with innerHTML (the CMS way), and waits. */
export async function mountCopies(copies: number, tags?: string[]): Promise<string[]> {
  const html = exampleMarkup(false, tags)
    .map((x) => x.html)
    .join('');
  const host = area('copies');
  host.innerHTML = html.repeat(copies);
  return settleChildren(host);
}

export function clearCopies(): void {
  area('copies').replaceChildren();
}

/**
 * One cycle, `cycles` times: one example of each element inserted with innerHTML (the examples
 * take turns, so every one of them goes round), moved to another parent, removed, re-added and
 * removed again. Every inserted element must render, and render again after re-adding.
 */
export async function churn(cycles: number, offset = 0, tags?: string[]): Promise<string[]> {
  const markup = exampleMarkup(false, tags);
  const byTag = sets().map((s) => markup.filter((m) => m.tag === s.tag));
  const a = area('churn-a');
  const b = area('churn-b');
  const failures: string[] = [];
  const errorsBefore = log().errors.length;
  const shows = (when: string) => {
    for (const el of a.children) {
      if (!norm(deepText(el))) failures.push(`${when}: <${el.localName}> shows no text`);
    }
  };
  for (let i = offset; i < offset + cycles; i += 1) {
    const picked = byTag.filter((list) => list.length).map((list) => list[i % list.length]!);
    a.innerHTML = picked.map((m) => m.html).join('');
    failures.push(...(await settleChildren(a)));
    shows(picked.map((m) => `${m.tag} ${m.example}`).join(', '));
    b.append(...a.childNodes);
    failures.push(...(await settleChildren(b)));
    const nodes = [...b.childNodes];
    b.replaceChildren();
    await null;
    a.append(...nodes);
    failures.push(...(await settleChildren(a)));
    shows('re-added');
    a.replaceChildren();
  }
  failures.push(
    ...log()
      .errors.slice(errorsBefore)
      .map((e) => `uncaught: ${e}`),
  );
  return [...new Set(failures)];
}

/** Renders one example alone in the stage and waits for layout. */
export async function mountOne(tag: string, name: string): Promise<string[]> {
  const ex = setOf(tag).examples.find((e) => e.name === name);
  if (!ex) throw new Error(`no example ${name}`);
  stage().replaceChildren();
  const el = renderExample(tag, ex);
  stage().append(el);
  const errors = await settle(el);
  await frame();
  await frame();
  return errors;
}

/** Whether `inner` is `outer` or inside it in the flat tree (through slots and shadow hosts). */
function composedContains(outer: Node, inner: Node | null): boolean {
  for (let n: Node | null = inner; n;) {
    if (n === outer) return true;
    const slot = n instanceof Element || n instanceof Text ? n.assignedSlot : null;
    n = slot ?? n.parentNode ?? (n instanceof ShadowRoot ? n.host : null);
  }
  return false;
}

const visible = (el: Element) =>
  el.checkVisibility({ opacityProperty: true, visibilityProperty: true } as CheckVisibilityOptions);

/**
 * Text clipped to a 1 px box on purpose (a visually hidden caption): there for screen readers,
 * never shown, so where its unclipped line box would fall is not a layout fault.
 */
function screenReaderOnly(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const s = getComputedStyle(e);
    const r = e.getBoundingClientRect();
    if ((s.clipPath !== 'none' || s.overflow.includes('hidden')) && r.width <= 1 && r.height <= 1)
      return true;
  }
  return false;
}

const CONTROLS = 'button, a[href], summary, input, select, textarea, [tabindex]';

function shadowControls(host: Element): HTMLElement[] {
  const out: HTMLElement[] = [];
  const walk = (root: ShadowRoot) => {
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      if (el.matches(CONTROLS) && el.getAttribute('tabindex') !== '-1') out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (host.shadowRoot) walk(host.shadowRoot);
  for (const el of host.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  return out;
}

/** Text nodes of `node`'s flat tree. */
function flatTextNodes(node: Node, out: Text[] = []): Text[] {
  if (node instanceof Text) out.push(node);
  else if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    for (const n of assigned.length ? assigned : [...node.childNodes]) flatTextNodes(n, out);
  } else if (node instanceof Element && node.shadowRoot) {
    for (const n of node.shadowRoot.childNodes) flatTextNodes(n, out);
  } else if (!(node instanceof HTMLScriptElement || node instanceof HTMLStyleElement)) {
    for (const n of node.childNodes) flatTextNodes(n, out);
  }
  return out;
}

/**
 * Layout of the example in the stage: visible text inside the viewport, no sideways scrolling,
 * every visible control of a usable size, focusable, and the topmost element at its centre.
 */
export function layoutCheck(): { failures: string[]; toggles: number } {
  const el = stage().firstElementChild!;
  const failures: string[] = [];
  const vw = document.documentElement.clientWidth;
  let shown = 0;
  const range = document.createRange();
  for (const t of flatTextNodes(el)) {
    if (!t.data.trim() || !t.parentElement || !visible(t.parentElement)) continue;
    if (screenReaderOnly(t.parentElement)) continue;
    range.selectNodeContents(t);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    if (rects.length) shown += 1;
    const out = rects.find((r) => r.left < -1 || r.right > vw + 1);
    if (out)
      failures.push(
        `text ${short(t.data.trim(), 40)} is cut off (${Math.round(out.left)}-${Math.round(out.right)} px of ${vw})`,
      );
  }
  if (!shown) failures.push('no text is visible');
  if (document.documentElement.scrollWidth > vw + 1) {
    failures.push(
      `the page scrolls sideways (${document.documentElement.scrollWidth} px wide in ${vw})`,
    );
  }
  for (const control of shadowControls(el)) {
    if (!visible(control)) continue;
    const what = `<${control.localName}> ${short(norm(deepText(control)), 30)}`;
    const r = control.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) {
      failures.push(`${what} has no size`);
      continue;
    }
    if (control.localName === 'button' && (r.width < 24 || r.height < 24)) {
      failures.push(`${what} is ${Math.round(r.width)}x${Math.round(r.height)} px (under 24x24)`);
    }
    control.focus();
    const root = control.getRootNode() as ShadowRoot;
    if (root.activeElement !== control) failures.push(`${what} cannot take focus`);
    control.blur();
    control.scrollIntoView({ block: 'center', inline: 'center' });
    const first = control.getClientRects()[0]!;
    const x = first.left + first.width / 2;
    const y = first.top + first.height / 2;
    const hit = root.elementFromPoint(x, y);
    if (!composedContains(control, hit)) {
      failures.push(`${what} is covered at its centre by <${hit?.localName ?? 'nothing'}>`);
    }
  }
  return { failures, toggles: toggles(el).length };
}

/** Scrolls toggle `i` into view and returns the point a pointer should press, and its state. */
export function toggleTarget(i: number): { x: number; y: number; expanded: string | null } {
  const button = toggles(stage().firstElementChild!)[i]!;
  button.scrollIntoView({ block: 'center' });
  const r = button.getClientRects()[0]!;
  return {
    x: r.left + r.width / 2,
    y: r.top + r.height / 2,
    expanded: button.getAttribute('aria-expanded'),
  };
}

export async function toggleState(i: number): Promise<string | null> {
  const el = stage().firstElementChild!;
  await settle(el);
  return toggles(el)[i]!.getAttribute('aria-expanded');
}
