// The trust suite's in-page harness: whole-page scenarios.
import { renderExample } from '../../../src/examples.js';
import { deepText, settle, toggles } from '../../lib/dom.js';
import { sets, stage } from './common.js';
import { markupProblems, norm } from './inspect.js';

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

/** The markup of every example, as HTML a page could be served with. */
/** The text of an element's light DOM outside scripts, styles and templates. */
export function readableText(el: Element): string {
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
