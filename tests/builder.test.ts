import { expect } from '@open-wc/testing';
import type { AxeResults, RunOptions } from 'axe-core';
import { frameLoad, frameOf, until } from './helpers.js';

// The builder (the built dist/builder.html) as an editor gets it on a phone: loaded in a frame
// of the phone's width (a frame, not the window, so WebKit, whose window stops at about 450 px,
// checks 320 px too), with every element chosen in turn.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type FrameWindow = Window & {
  axe?: { run(context: Document, options: RunOptions): Promise<AxeResults> };
};

let axeSource: string | undefined;

/** The builder in a frame `width` px wide, once its element menu is filled. */
async function open(width: number): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '700';
  await frameLoad(
    frame,
    () => {
      frame.src = '/dist/builder.html';
      document.body.append(frame);
    },
    'the builder loaded in a frame',
  );
  await until(
    () => frame.contentDocument!.querySelectorAll('#element option').length > 0,
    "the builder's element menu filled",
  );
  await frameOf(frame.contentWindow!, 'an animation frame of the builder');
  return frame;
}

/** Chooses an element in the builder's menu, as a person does (a change event). */
async function choose(frame: HTMLIFrameElement, tag: string): Promise<void> {
  const doc = frame.contentDocument!;
  const select = doc.getElementById('element') as HTMLSelectElement;
  select.value = tag;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await until(
    () => doc.querySelector(`#preview > ${tag}`)?.shadowRoot,
    `the preview shows <${tag}>`,
  );
  await frameOf(frame.contentWindow!, `an animation frame after choosing ${tag}`);
}

async function violations(frame: HTMLIFrameElement): Promise<string[]> {
  axeSource ??= await (await fetch('/node_modules/axe-core/axe.min.js')).text();
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as FrameWindow;
  if (!win.axe) {
    const script = doc.createElement('script');
    script.textContent = axeSource;
    doc.head.append(script);
  }
  const results = await win.axe!.run(doc, { runOnly: { type: 'tag', values: TAGS } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}

/** How far the page is wider than its frame: 0 when nothing scrolls sideways. */
const overflow = (frame: HTMLIFrameElement) => {
  const root = frame.contentDocument!.documentElement;
  return root.scrollWidth - root.clientWidth;
};

/** What reaches furthest right (an element or a run of text), through shadow roots. */
function widest(doc: Document): string {
  let best = { right: 0, name: '' };
  const seen = (right: number, name: string) => {
    if (right > best.right) best = { right, name };
  };
  const walk = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      const name = `${el.localName}${el.id ? '#' + el.id : ''}`;
      seen(el.getBoundingClientRect().right, name);
      for (const node of el.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || !node.textContent!.trim()) continue;
        const range = doc.createRange();
        range.selectNodeContents(node);
        seen(
          range.getBoundingClientRect().right,
          `text "${node.textContent!.trim().slice(0, 30)}" in ${name}`,
        );
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(doc);
  return `${best.name} reaches ${Math.round(best.right)} px`;
}

describe('the builder', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const width of [320, 390]) {
    it(`at ${width} px: no sideways scroll with any element chosen, axe finds nothing`, async () => {
      const frame = await open(width);
      const doc = frame.contentDocument!;
      // The frame's width, less a vertical scroll bar where the engine shows one (Firefox).
      const inner = doc.documentElement.clientWidth;
      expect(inner, 'the page as wide as its frame').to.be.within(width - 20, width);
      const tags = [...doc.querySelectorAll<HTMLOptionElement>('#element option')].map(
        (o) => o.value,
      );
      expect(tags.length, 'elements in the menu').to.be.above(5);
      for (const tag of tags) {
        await choose(frame, tag);
        expect(
          overflow(frame),
          `px of sideways scroll with <${tag}> chosen (${widest(doc)})`,
        ).to.equal(0);
        // Every control stays inside the page, the element menu first (its options are long).
        for (const control of doc.querySelectorAll('select, input, textarea, button')) {
          const box = control.getBoundingClientRect();
          if (!box.width) continue;
          expect(box.right, `#${control.id || control.localName} inside ${inner} px`).to.be.at.most(
            inner,
          );
        }
      }
      await choose(frame, 'haven-resource-panel');
      expect(await violations(frame)).to.deep.equal([]);
    });
  }
});
