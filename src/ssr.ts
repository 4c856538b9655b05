/**
 * Server rendering (Node only, `haven-widgets/ssr`): turns haven elements into HTML with
 * declarative shadow DOM, so a static page is readable with JavaScript off and search engines
 * see the content. Loading the bundle afterwards upgrades the same elements in place: the
 * browser hands Lit the declarative shadow root, Lit renders into it, and nothing is duplicated.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import './define.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Renders one element's markup (its open tag, attributes and children) to HTML with DSD. */
export function renderElement(markup: string): string {
  return collectResultSync(render(html`${unsafeStatic(markup)}`));
}

const isHaven = (node: Node): node is Element =>
  'tagName' in node && node.tagName.startsWith('haven-') && !!customElements.get(node.tagName);

/** True when an element has content of its own (editor-authored), which is readable already. */
const hasOwnContent = (el: Element): boolean =>
  el.childNodes.some((c) =>
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
  const tree = parseFragment(source, { sourceCodeLocationInfo: true });
  const targets: Element[] = [];
  const walk = (node: Node): void => {
    if (isHaven(node)) {
      targets.push(node);
      return; // an element's own shadow content is rendered with it
    }
    if ('childNodes' in node) node.childNodes.forEach(walk);
    if ('content' in node && node.content) walk(node.content as unknown as Node);
  };
  walk(tree as unknown as Node);

  let out = '';
  let at = 0;
  let rendered = 0;
  let skipped = 0;
  for (const el of targets) {
    const loc = el.sourceCodeLocation;
    if (!loc || hasOwnContent(el)) {
      skipped += 1;
      continue;
    }
    out += source.slice(at, loc.startOffset);
    out += renderElement(source.slice(loc.startOffset, loc.endOffset));
    at = loc.endOffset;
    rendered += 1;
  }
  return { html: out + source.slice(at), rendered, skipped };
}

/** The `haven-resources` CLI's converter: services data to panel markup. */
export { resourcesMarkup } from '../components/resource-panel/resource-panel.markup.js';
