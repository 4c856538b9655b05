/**
 * Server rendering (Node only, `haven-widgets/ssr`): turns haven elements into HTML with
 * declarative shadow DOM, so a static page is readable with JavaScript off and search engines
 * see the content. Loading the bundle afterwards upgrades the same elements in place: the
 * browser hands Lit the declarative shadow root, Lit renders into it, and nothing is duplicated.
 */
import { render } from '@lit-labs/ssr';
import type { RenderResult } from '@lit-labs/ssr';
import { html, unsafeStatic } from 'lit/static-html.js';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { fallbackChildren } from './generated/ssr.js';
import { withServerLang } from './internal/language.js';
import './define.js';
// Every locale's words and content (content/<locale>/), so a page renders in its own language.
import './generated/locales.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The comments Lit's server renderer writes for hydration: `<!--lit-part …-->`, `<!--lit-node 3-->`. */
const MARKER = /^<!--(?:\/?lit-part(?: [^>]*)?|lit-node \d+)-->$/;

/**
 * The render result as one string, without Lit's hydration markers. The elements never hydrate
 * (the client renders afresh into the declarative shadow root, see HavenElement), so the markers
 * were a sixth of a pre-rendered page. Each marker is a chunk of its own, so text and markup from
 * the page, which come in other chunks, are never touched.
 */
function collect(result: RenderResult): string {
  let out = '';
  for (const chunk of result as Iterable<unknown>) {
    let value = chunk;
    while (typeof value === 'function') value = (value as () => unknown)();
    if (typeof value === 'string')
      out += value.startsWith('<!--') && MARKER.test(value) ? '' : value;
    else if (value !== undefined) out += collect(value as RenderResult);
  }
  return out;
}

/**
 * Renders one element's markup (its open tag, attributes and children) to HTML with DSD, in the
 * element's own `lang`, else `lang` (its nearest ancestor's in the page), else English.
 */
export function renderElement(markup: string, lang = ''): string {
  return withServerLang(lang, () => collect(render(html`${unsafeStatic(markup)}`)));
}

const isHaven = (node: Node): node is Element =>
  'tagName' in node && node.tagName.startsWith('haven-') && !!customElements.get(node.tagName);

const isJsonChild = (c: Node): boolean =>
  'tagName' in c &&
  c.tagName === 'script' &&
  c.attrs.some((a) => a.name === 'type' && a.value === 'application/json');

/**
 * True when an element has content of its own (editor-authored), which is readable already. The
 * children of an element that only keeps them as a fallback (its declaration's
 * `fallbackChildren`) are not: it is rendered over them, unless one is a JSON child.
 */
const hasOwnContent = (el: Element): boolean =>
  fallbackChildren.includes(el.tagName)
    ? el.childNodes.some(isJsonChild)
    : el.childNodes.some((c) =>
        'tagName' in c ? true : c.nodeName === '#text' && 'value' in c && c.value.trim() !== '',
      );

export interface PrerenderResult {
  html: string;
  /** How many elements were rendered. */
  rendered: number;
  /** How many were left as they are because an editor wrote their content in the page. */
  skipped: number;
}

/**
 * Pre-renders every haven element in an HTML document or fragment. Elements with
 * editor-authored children are left untouched: their content is already in the page.
 * Everything else in the document is kept byte for byte.
 */
export function prerender(source: string): PrerenderResult {
  // A whole document keeps its <html lang> (a fragment parse drops the <html> tag).
  const whole = /^\s*(<!--[\s\S]*?-->\s*)*(<!doctype[^>]*>\s*)?<html[\s>]/i.test(source);
  const tree = (whole ? parse : parseFragment)(source, { sourceCodeLocationInfo: true });
  const targets: Array<{ el: Element; lang: string }> = [];
  let skipped = 0;
  // `lang`: the nearest ancestor's, which the element speaks unless it has its own.
  const walk = (node: Node, lang: string): void => {
    const own = 'attrs' in node ? node.attrs.find((a) => a.name === 'lang')?.value : undefined;
    const inner = own ?? lang;
    if (isHaven(node) && !hasOwnContent(node)) {
      targets.push({ el: node, lang });
      return; // an element's own shadow content is rendered with it
    }
    // An element with an editor's content (a panel of <haven-resource> children) is left as it
    // is, but the elements inside it are pre-rendered, so their words read with JavaScript off.
    if (isHaven(node)) skipped += 1;
    if ('childNodes' in node) node.childNodes.forEach((c) => walk(c, inner));
    if ('content' in node && node.content) walk(node.content as unknown as Node, inner);
  };
  walk(tree as unknown as Node, '');

  let out = '';
  let at = 0;
  let rendered = 0;
  for (const { el, lang } of targets) {
    const loc = el.sourceCodeLocation;
    if (!loc) {
      skipped += 1;
      continue;
    }
    out += source.slice(at, loc.startOffset);
    out += renderElement(source.slice(loc.startOffset, loc.endOffset), lang);
    at = loc.endOffset;
    rendered += 1;
  }
  return { html: out + source.slice(at), rendered, skipped };
}
