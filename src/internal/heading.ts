import { html, isServer, type TemplateResult } from 'lit';
import type { AttributeCheck } from './input.js';

/**
 * For each element that resolved its level: one less than that level (what a sibling after it
 * stands under), so a page of many elements walks back only as far as the previous one.
 */
const before = new WeakMap<Element, number>();
/** For a group with a heading of its own: that heading's level, which its children stand under. */
const inside = new WeakMap<Element, number>();

/** Says that `host`'s light-DOM children stand under a heading of `level` in its shadow root. */
export function headingContext(host: Element, level: number | undefined): void {
  if (level) inside.set(host, level);
  else inside.delete(host);
}

/** The level of a heading element (`h1`-`h6`, or `role="heading"` with `aria-level`), else 0. */
function levelOf(el: Element): number {
  const tag = /^H([1-6])$/.exec(el.tagName);
  if (tag) return Number(tag[1]);
  if (el.getAttribute('role') === 'heading') {
    const n = Number(el.getAttribute('aria-level') ?? 2);
    return Number.isInteger(n) && n >= 1 ? n : 2;
  }
  return 0;
}

/**
 * The level of the nearest heading before `host` in document order (through the shadow roots it
 * sits in), or 1 when there is none: so that `auto` means one level below it, else an `h2`.
 */
function nearestBefore(host: Element): number {
  let from: Node = host;
  for (;;) {
    const root = from.getRootNode();
    const walker = host.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    walker.currentNode = from;
    for (
      let n = walker.previousNode() as Element | null;
      n;
      n = walker.previousNode() as Element | null
    ) {
      // An ancestor is reached after its earlier children: its own heading, if it has one.
      const level = levelOf(n) || (n.contains(from) && inside.get(n)) || before.get(n);
      if (level) return level;
    }
    if (!(root instanceof ShadowRoot)) return 1;
    from = root.host;
  }
}

/**
 * A heading level from 2 to 6. `auto` (the default, and an empty value) is one below the nearest
 * heading before the element on the page, else 2; without a document (server rendering of markup
 * alone) it is 2. A value that is neither `auto` nor an integer from 2 to 6 is read as `auto`,
 * with `valid: false` so the element can say so (see HEADING_LEVEL).
 */
export function headingLevel(value: unknown, host?: Element): { value: number; valid: boolean } {
  const text = String(value ?? '').trim();
  const n = Number(text);
  const given = text !== '' && Number.isInteger(n) && n >= 2 && n <= 6;
  const valid = given || text === '' || text === 'auto';
  const connected = !isServer && !!host?.isConnected;
  const level = given ? n : connected ? Math.min(Math.max(nearestBefore(host!) + 1, 2), 6) : 2;
  if (connected) before.set(host!, level - 1);
  return { value: level, valid };
}

/** `heading-level`, declared once for every element that has it: 2-6 or auto. */
export const HEADING_LEVEL: AttributeCheck<number> = {
  attribute: 'heading-level',
  takes: '2-6 or auto',
  read: headingLevel,
};

/** A real `<h2>`-`<h6>` with the given id, part and content. */
export function heading(level: number, id: string, part: string, content: unknown): TemplateResult {
  switch (level) {
    case 3:
      return html`<h3 id=${id} part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part}>${content}</h5>`;
    case 6:
      return html`<h6 id=${id} part=${part}>${content}</h6>`;
    default:
      return html`<h2 id=${id} part=${part}>${content}</h2>`;
  }
}
