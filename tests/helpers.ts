import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import { fixture, nextFrame } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { renderExample, type Example, type ExampleSet } from '../src/examples.js';

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Every Lit element in `root`'s tree, shadow roots included. */
function litElements(root: Element): Array<Element & { updateComplete: Promise<unknown> }> {
  const out: Array<Element & { updateComplete: Promise<unknown> }> = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      if ('updateComplete' in el) out.push(el as Element & { updateComplete: Promise<unknown> });
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if ('updateComplete' in root) out.push(root as Element & { updateComplete: Promise<unknown> });
  walk(root);
  if (root.shadowRoot) walk(root.shadowRoot);
  return out;
}

/** Waits until `el` and every element rendered inside it have finished updating. */
export async function settle(el: Element): Promise<void> {
  for (let i = 0; i < 5; i += 1) {
    const pending = litElements(el);
    const results = await Promise.all(pending.map((e) => e.updateComplete));
    if (results.every((r) => r === true) && litElements(el).length === pending.length) break;
  }
  await nextFrame();
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

/**
 * The text a visitor would see in `node`, read through shadow roots and slots (the flat tree).
 * Works across frames (no instanceof checks). `skip` leaves out an element and what it holds.
 */
export function deepText(node: Node, skip?: (el: Element) => boolean): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE)
    return '';
  const el = node as HTMLElement;
  if (['style', 'script', 'template'].includes(el.localName) || el.hidden) return '';
  if (node.nodeType === Node.ELEMENT_NODE && skip?.(el)) return '';
  const text = (n: Node) => deepText(n, skip);
  if (el.localName === 'slot') {
    const assigned = (el as unknown as HTMLSlotElement).assignedNodes({ flatten: true });
    return (assigned.length ? assigned : [...el.childNodes]).map(text).join('');
  }
  const children = el.shadowRoot ? el.shadowRoot.childNodes : node.childNodes;
  return [...children].map(text).join('');
}

/**
 * Runs `fn` with forced colours emulated (Chromium only), passing the colour `CanvasText`
 * resolves to, and turns the emulation off again whatever happens.
 */
export async function withForcedColors(fn: (canvasText: string) => Promise<void>): Promise<void> {
  await executeServerCommand('haven-forced-colors', { active: true });
  try {
    if (!matchMedia('(forced-colors: active)').matches) throw new Error('forced colours are off');
    const probe = document.createElement('div');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    const canvasText = getComputedStyle(probe).color;
    probe.remove();
    await fn(canvasText);
  } finally {
    await executeServerCommand('haven-forced-colors', { active: false });
  }
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
