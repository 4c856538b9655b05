/**
 * Lints what an editor wrote in a page: finds every `<haven-*>` element in an HTML page or
 * fragment (WordPress post content too) and runs the rules of `./rules.ts` on its attributes, its
 * own text, its links and its JSON child. Reads, never rewrites. Uses parse5, which runs in a
 * browser as well as in Node, for the positions of everything it reports.
 */
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { TOPICS } from '../content/schema.js';
import { myths } from '../content/generated/myths.en.js';
import { wellbeing } from '../content/generated/wellbeing.en.js';
import { barriers } from '../content/generated/barriers.en.js';
import {
  checkElement,
  type ElementModel,
  type Known,
  type Located,
  type Severity,
} from './rules.js';

export { RULES, checkText, type Known, type Severity } from './rules.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** One problem, placed in the page: line and column count from 1. */
export interface LintMessage {
  rule: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** The ids and topics of the built-in content this build ships. */
export function builtinKnown(): Known {
  const renamed: Record<string, string> = {};
  for (const item of myths) for (const old of item.formerly ?? []) renamed[old] = item.id;
  const rowIds = (rows: ReadonlyArray<{ id: string }>) =>
    rows.map((r) => r.id.replace(/^[^/]+\//, ''));
  return {
    mythIds: myths.map((m) => m.id),
    renamed,
    topics: TOPICS,
    tables: { wellbeing: rowIds(wellbeing), barriers: rowIds(barriers) },
  };
}

/** Elements whose edges end a sentence, so text on either side is not read as one. */
const BLOCKS = new Set(
  'address article aside blockquote br caption dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
const SKIP = new Set(['script', 'style', 'template', 'noscript']);

const isElement = (node: Node): node is Element => 'tagName' in node;
const BREAK: Located = { value: '\n', offset: 0, exact: false };

/** The nearest `lang` of a parse5 node: its own, else an ancestor's ('' when none has one). */
function langOf(node: Node | null | undefined): string {
  for (let n = node; n; n = (n as { parentNode?: Node | null }).parentNode) {
    if (isElement(n)) {
      const lang = n.attrs.find((a) => a.name === 'lang');
      if (lang) return lang.value;
    }
  }
  return '';
}

/**
 * The model the rules check, read from a parse5 element and the page's source. `lang` is the
 * nearest `lang` the element's words are in, which the text rules read them by.
 */
function model(el: Element, source: string, lang = langOf(el)): ElementModel {
  const loc = el.sourceCodeLocation;
  const attrs: Record<string, Located> = {};
  for (const { name, value } of el.attrs) {
    const at = loc?.attrs?.[name];
    if (!at) {
      attrs[name] = { value, offset: loc?.startOffset ?? 0, exact: false };
      continue;
    }
    const raw = source.slice(at.startOffset, at.endOffset);
    const eq = /^[^=]*=\s*["']?/.exec(raw);
    const start = eq ? eq[0].length : raw.length;
    attrs[name] = {
      value,
      offset: at.startOffset + start,
      exact: raw.slice(start, start + value.length) === value,
    };
  }
  const text: Located[] = [];
  const links: Located[] = [];
  const json: Located[] = [];
  const slots: string[] = [];
  const textOf = (node: Node): Located | null => {
    if (node.nodeName !== '#text') return null;
    const value = (node as DefaultTreeAdapterMap['textNode']).value;
    const at = node.sourceCodeLocation;
    if (!at) return { value, offset: loc?.startOffset ?? 0, exact: false };
    return {
      value,
      offset: at.startOffset,
      exact: source.slice(at.startOffset, at.endOffset) === value,
    };
  };
  const walk = (node: Node, top: boolean, here: string) => {
    const run = textOf(node);
    if (run) text.push(here === lang ? run : { ...run, lang: here });
    if (!isElement(node)) return;
    const tag = node.tagName;
    const attr = (name: string) => node.attrs.find((a) => a.name === name)?.value;
    if (top) {
      const slot = attr('slot');
      if (slot) slots.push(slot);
      if (tag === 'script' && (attr('type') ?? '').trim().toLowerCase() === 'application/json') {
        const body = node.childNodes.map(textOf).find(Boolean);
        if (body) json.push(body);
      }
    }
    // A haven element inside is checked on its own; scripts and styles are not words.
    if (tag.startsWith('haven-') || SKIP.has(tag)) return;
    if (tag === 'a' && attr('href') !== undefined) {
      const href = model(node, source, here).attrs.href;
      if (href) links.push(href);
    }
    if (BLOCKS.has(tag)) text.push(BREAK);
    // A child in another language (`<span lang="es">`) is read by that language's rules.
    const inner = attr('lang') ?? here;
    for (const child of node.childNodes) walk(child, false, inner);
    if (BLOCKS.has(tag)) text.push(BREAK);
  };
  for (const child of el.childNodes) walk(child, true, lang);
  return { tag: el.tagName, offset: loc?.startOffset ?? 0, lang, attrs, text, links, json, slots };
}

/** Every `<haven-*>` element in the tree, in document order. */
function havenElements(root: Node): Element[] {
  const found: Element[] = [];
  const walk = (node: Node) => {
    if (isElement(node) && node.tagName.startsWith('haven-')) found.push(node);
    const children = 'childNodes' in node ? node.childNodes : [];
    for (const child of children) walk(child);
    if (isElement(node) && node.tagName === 'template') {
      for (const child of (node as DefaultTreeAdapterMap['template']).content.childNodes)
        walk(child);
    }
  };
  walk(root);
  return found;
}

/** Line and column (from 1) of each offset in `source`. */
function locator(source: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/**
 * Lints an HTML page or fragment. `known` defaults to the built-in content of this build. Words
 * are checked in the language of their nearest `lang`; `lang` is the language of a fragment
 * (a post with no `<html lang>`), English when absent. Messages are in order of position.
 */
export function lintHtml(source: string, known: Known = builtinKnown(), lang = ''): LintMessage[] {
  const options = { sourceCodeLocationInfo: true };
  const whole = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype|html)\b/i.test(source);
  const root = whole ? parse(source, options) : parseFragment(source, options);
  const at = locator(source);
  return havenElements(root)
    .flatMap((el) => checkElement(model(el, source, langOf(el) || lang), known))
    .sort((a, b) => a.offset - b.offset)
    .map((f) => {
      const start = at(f.offset);
      const end = at(f.offset + f.length);
      return {
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
      };
    });
}
