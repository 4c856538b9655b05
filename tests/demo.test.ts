import { expect } from '@open-wc/testing';
import type { AxeResults, RunOptions } from 'axe-core';

// The demo site that `npm start` serves, checked as a visitor gets it: the built dist/haven.js,
// the pages' own markup and styles, at a 320 px phone width and a 1280 px desktop width.
const PAGES = ['/demo/index.html', '/demo/practice.html', '/demo/plan.html', '/demo/advocacy.html'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type FrameWindow = Window & {
  axe?: { run(context: Document, options: RunOptions): Promise<AxeResults> };
};

let axeSource: string | undefined;

async function open(path: string, width: number): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '800';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  const tags = [...new Set([...win.document.querySelectorAll('*')].map((e) => e.localName))];
  await Promise.all(
    tags.filter((t) => t.startsWith('haven-')).map((t) => win.customElements.whenDefined(t)),
  );
  await new Promise((resolve) => win.requestAnimationFrame(() => resolve(null)));
  return frame;
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

describe('the demo site', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const page of PAGES) {
    for (const width of [320, 1280]) {
      it(`${page} at ${width} px: every element upgraded, axe finds nothing, no sideways scroll`, async () => {
        const frame = await open(page, width);
        const doc = frame.contentDocument!;
        const havens = [...doc.querySelectorAll('*')].filter((e) =>
          e.localName.startsWith('haven-'),
        );
        expect(havens.length, 'haven elements on the page').to.be.above(0);
        for (const el of havens) expect(el.shadowRoot, `<${el.localName}> upgraded`).to.exist;
        // The quick exit comes first, before the page's own content, in the tab order.
        expect(doc.body.firstElementChild?.localName).to.equal('haven-quick-exit');
        expect(await violations(frame)).to.deep.equal([]);
        expect(doc.documentElement.scrollWidth).to.be.at.most(width);
      });
    }
  }
});
