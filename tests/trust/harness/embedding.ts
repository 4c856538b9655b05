// The trust suite's in-page harness: embedding faults: churn, and layout under hostile global CSS.
import { renderExample } from '../../../src/examples.js';
import { deepText, settle, toggles } from '../../lib/dom.js';
import { sets, setOf, short, log, stage } from './common.js';
import { frame, norm } from './inspect.js';
import { exampleMarkup } from './pages.js';

export function area(id: string): HTMLElement {
  let el = document.getElementById(id);
  if (!el) {
    el = document.createElement('div');
    el.id = id;
    document.body.append(el);
  }
  return el;
}

export async function settleChildren(root: HTMLElement): Promise<string[]> {
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
export function composedContains(outer: Node, inner: Node | null): boolean {
  for (let n: Node | null = inner; n;) {
    if (n === outer) return true;
    const slot = n instanceof Element || n instanceof Text ? n.assignedSlot : null;
    n = slot ?? n.parentNode ?? (n instanceof ShadowRoot ? n.host : null);
  }
  return false;
}

export const visible = (el: Element) =>
  el.checkVisibility({ opacityProperty: true, visibilityProperty: true } as CheckVisibilityOptions);

/**
 * Text clipped to a 1 px box on purpose (a visually hidden caption): there for screen readers,
 * never shown, so where its unclipped line box would fall is not a layout fault.
 */
export function screenReaderOnly(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const s = getComputedStyle(e);
    const r = e.getBoundingClientRect();
    if ((s.clipPath !== 'none' || s.overflow.includes('hidden')) && r.width <= 1 && r.height <= 1)
      return true;
  }
  return false;
}

export const CONTROLS = 'button, a[href], summary, input, select, textarea, [tabindex]';

export function shadowControls(host: Element): HTMLElement[] {
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
export function flatTextNodes(node: Node, out: Text[] = []): Text[] {
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

/**
 * Scrolls toggle `i` into view and returns the point a pointer should press, and its state. Cards
 * far from the screen skip layout (`content-visibility: auto`) and take their real height only
 * once near it, which moves what is below them a frame later: the point is read once the toggle
 * stays put for a frame.
 */
export async function toggleTarget(
  i: number,
): Promise<{ x: number; y: number; expanded: string | null }> {
  const button = toggles(stage().firstElementChild!)[i]!;
  let r: DOMRect | undefined;
  for (let tries = 0; ; tries += 1) {
    if (tries === 10)
      throw new Error(`toggle ${i + 1} never stayed put across two frames, in 10 tries`);
    button.scrollIntoView({ block: 'center' });
    await frame();
    await frame();
    const now = button.getClientRects()[0]!;
    if (r && now.top === r.top && now.left === r.left) break;
    r = now;
  }
  return {
    x: r!.left + r!.width / 2,
    y: r!.top + r!.height / 2,
    expanded: button.getAttribute('aria-expanded'),
  };
}

export async function toggleState(i: number): Promise<string | null> {
  const el = stage().firstElementChild!;
  await settle(el);
  return toggles(el)[i]!.getAttribute('aria-expanded');
}
