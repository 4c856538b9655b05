import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import { fixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { renderExample, type Example, type ExampleSet } from '../src/examples.js';
import { deepText, frameOf, settle as settleTree, until } from './lib/dom.js';

export { deepText, toggles, within, until, frameOf, frameLoad } from './lib/dom.js';

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Waits until `el` and every element rendered inside it have finished updating. */
export async function settle(el: Element): Promise<void> {
  const errors = await settleTree(el);
  if (errors.length) throw new Error(errors.join('\n'));
  await frameOf(window, 'an animation frame after the elements settled');
}

/** Renders an example into the test fixture and waits for it to settle. */
export async function mount<T extends HTMLElement = HTMLElement>(
  set: ExampleSet,
  ex: Example,
): Promise<T> {
  const el = await fixture<T>(renderExample(set.tag, ex) as T);
  await settle(el);
  return el;
}

/** Runs axe on `el` and returns the violations, formatted for a readable failure. */
export async function axeViolations(el: Element): Promise<string[]> {
  const results = await window.axe.run(el, { runOnly: { type: 'tag', values: AXE_TAGS } });
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
}

/** Collects console warnings and errors while `fn` runs. */
export async function captureConsole(fn: () => Promise<void>): Promise<string[]> {
  const messages: string[] = [];
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  console.error = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = warn;
    console.error = error;
  }
  return messages;
}

/** The shadow root of `el`, asserting there is one. */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.tagName} has no shadow root`);
  return el.shadowRoot;
}

/** Which engine runs the tests: chromium, firefox or webkit. */
export const engine = await executeServerCommand<string, undefined>('haven-engine');

/**
 * Sets the viewport size in every engine (WebDriver engines: through the window size), and
 * returns the width reached. WebKitGTK's MiniBrowser window cannot get narrower than its toolbar
 * (about 450 px), so there a "320 px" check runs at the narrowest width the window allows.
 */
export async function setViewport(size: { width: number; height: number }): Promise<number> {
  const got = await executeServerCommand<{ width: number }, typeof size>('haven-viewport', size);
  if (engine !== 'webkit' && got.width !== size.width)
    throw new Error(`viewport set to ${got.width} px, not ${size.width}`);
  await until(
    () => window.innerWidth === got.width,
    `the page ${got.width} px wide after resizing (it was ${window.innerWidth} px)`,
  );
  await frameOf(window, 'an animation frame after resizing');
  return window.innerWidth;
}

/** What a screen reader gets for an element: its role and accessible name. */
export interface AxInfo {
  role: string;
  name: string;
}

/**
 * The role and accessible name of each element, from the engine's own accessibility tree where
 * its automation protocol exposes it (Chromium over CDP, WebKit through WebDriver's computed role
 * and label). Firefox's protocol (WebDriver BiDi's accessibility locator) does not enter shadow
 * roots, so there the answer is axe-core's computation of role and name, run in Firefox. WebKit's
 * WebDriver gives table cells (named from their content) no label: axe-core's name fills those.
 */
export async function axOf(els: Element[]): Promise<AxInfo[]> {
  els.forEach((el, i) => el.setAttribute('data-haven-ax', String(i)));
  try {
    const fromEngine = await executeServerCommand<AxInfo[] | false, { count: number }>('haven-ax', {
      count: els.length,
    });
    const { axe } = window as unknown as { axe: AxeCommons };
    axe.setup(document);
    try {
      const byAxe = (el: Element): AxInfo => {
        const node = axe.utils.getNodeFromTree(el);
        return {
          role: axe.commons.aria.getRole(node) ?? '',
          name: axe.commons.text.accessibleTextVirtual(node),
        };
      };
      if (!fromEngine) return els.map(byAxe);
      const cells = ['cell', 'columnheader', 'rowheader'];
      return fromEngine.map((ax, i) =>
        engine === 'webkit' && !ax.name && cells.includes(ax.role)
          ? { role: ax.role, name: byAxe(els[i]!).name }
          : ax,
      );
    } finally {
      axe.teardown();
    }
  } finally {
    els.forEach((el) => el.removeAttribute('data-haven-ax'));
  }
}
interface AxeCommons {
  setup(root: Node): void;
  teardown(): void;
  utils: { getNodeFromTree(el: Element): unknown };
  commons: {
    aria: { getRole(node: unknown): string | null };
    text: { accessibleTextVirtual(node: unknown): string };
  };
}

/** Copies of the rules inside every `@media` rule of `sheet` whose condition passes `test`. */
function rulesUnder(sheet: CSSStyleSheet, test: (condition: string) => boolean): string[] {
  const out: string[] = [];
  for (const rule of sheet.cssRules) {
    if (rule instanceof CSSMediaRule && test(rule.conditionText ?? rule.media.mediaText))
      out.push(...[...rule.cssRules].map((r) => r.cssText));
  }
  return out;
}

/**
 * Applies the page's own rules for a media condition the engine's automation cannot switch on
 * (print media or forced colours outside Chromium): in the document and in every open shadow
 * root, the rules inside matching `@media` blocks are added unconditionally, as an adopted sheet,
 * and removed again by the returned function. The engine still computes the styles and the
 * layout; only the switch is the test's.
 */
function applyMediaRules(test: (condition: string) => boolean): () => void {
  const undo: Array<() => void> = [];
  const roots: Array<Document | ShadowRoot> = [document];
  for (let i = 0; i < roots.length; i += 1)
    for (const el of roots[i]!.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  for (const root of roots) {
    const sheets = [...root.adoptedStyleSheets, ...[...root.styleSheets]];
    const rules = sheets.flatMap((sheet) => {
      try {
        return rulesUnder(sheet, test);
      } catch {
        return [];
      }
    });
    if (!rules.length) continue;
    const extra = new CSSStyleSheet();
    extra.replaceSync(rules.join('\n'));
    const before = root.adoptedStyleSheets;
    root.adoptedStyleSheets = [...before, extra];
    undo.push(() => (root.adoptedStyleSheets = before));
  }
  return () => undo.forEach((fn) => fn());
}

/**
 * Runs `fn` with print media: emulated by the engine where its protocol can (Chromium), else the
 * page's own print rules applied (see applyMediaRules).
 */
export async function withPrint(fn: () => Promise<void>): Promise<void> {
  const emulated = await executeServerCommand<boolean, { media: string }>('haven-media', {
    media: 'print',
  });
  const undo = emulated ? () => {} : applyMediaRules((c) => /\bprint\b/.test(c));
  try {
    await fn();
  } finally {
    undo();
    if (emulated) await executeServerCommand('haven-media', { media: 'screen' });
  }
}

/**
 * Runs `fn` with forced colours, passing the colour `CanvasText` resolves to: emulated by the
 * engine where its protocol can (Chromium), else the page's own forced-colours rules applied
 * (Firefox, which has a real forced-colours mode its automation cannot switch on). WebKit has no
 * forced-colours mode at all, so a visitor there gets the normal colours: `fn` is not called and
 * the result says so ("none").
 */
export async function withForcedColors(
  fn: (canvasText: string) => Promise<void>,
): Promise<'emulated' | 'rules' | 'none'> {
  if (engine === 'webkit') {
    if (matchMedia('(forced-colors: active)').matches) throw new Error('WebKit in forced colours');
    return 'none';
  }
  const emulated = await executeServerCommand<boolean, { active: boolean }>('haven-forced-colors', {
    active: true,
  });
  const undo = emulated ? () => {} : applyMediaRules((c) => /forced-colors:\s*active/.test(c));
  try {
    if (emulated && !matchMedia('(forced-colors: active)').matches)
      throw new Error('forced colours are off');
    const probe = document.createElement('div');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    const canvasText = getComputedStyle(probe).color;
    probe.remove();
    await fn(canvasText);
  } finally {
    undo();
    if (emulated) await executeServerCommand('haven-forced-colors', { active: false });
  }
  return emulated ? 'emulated' : 'rules';
}

/** Problems with motion or inline styles in `el`'s shadow tree: none expected. */
export function motionAndInlineStyles(el: Element): string[] {
  const nodes = [...shadow(el).querySelectorAll('*')];
  return [
    ...nodes.filter((n) => n.hasAttribute('style')).map((n) => `<${n.localName}> has style=`),
    ...nodes
      .filter((n) => {
        const cs = getComputedStyle(n);
        return cs.transitionDuration !== '0s' || cs.animationName !== 'none';
      })
      .map((n) => `<${n.localName}> moves`),
  ];
}

/** `s` with runs of white space made one space, trimmed. */
export const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every element matching `selector` in `el`'s shadow root. */
export const q = (el: Element, selector: string) => [
  ...shadow(el).querySelectorAll<HTMLElement>(selector),
];

/** The visible text of every element matching `selector` in `el`'s shadow root. */
export const texts = (el: Element, selector: string) =>
  q(el, selector).map((n) => clean(deepText(n)));
