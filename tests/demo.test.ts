import { expect } from '@open-wc/testing';
import type { AxeResults, RunOptions } from 'axe-core';
import { within, frameOf, frameLoad } from './helpers.js';

// The demo site that `npm start` serves, checked as a visitor gets it: the built dist/haven.js,
// the pages' own markup and styles, at a 320 px phone width and a 1280 px desktop width. The
// practice's site in Spanish (/es/, dist/haven.es.js), and an English page with a Spanish section
// (the advocacy page, through the loader).
const PAGES = [
  '/dist/demo/index.html',
  '/dist/demo/practice.html',
  '/dist/demo/plan.html',
  '/dist/demo/advocacy.html',
  '/dist/demo/es/index.html',
];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type FrameWindow = Window & {
  axe?: { run(context: Document, options: RunOptions): Promise<AxeResults> };
};

let axeSource: string | undefined;

async function open(path: string, width: number): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '800';
  await frameLoad(
    frame,
    () => {
      frame.src = path;
      document.body.append(frame);
    },
    `${path} loaded in a frame`,
  );
  const win = frame.contentWindow!;
  const tags = [...new Set([...win.document.querySelectorAll('*')].map((e) => e.localName))];
  await within(
    Promise.all(
      tags.filter((t) => t.startsWith('haven-')).map((t) => win.customElements.whenDefined(t)),
    ),
    `every element of ${path} defined`,
  );
  await frameOf(win, `an animation frame of ${path}`);
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

  /** What `el` shows, through its shadow root and the shadow roots inside it. */
  const shown = (el: Element): string => {
    const walk = (n: Node): string =>
      n.nodeType === Node.TEXT_NODE
        ? (n.textContent ?? '')
        : [...((n as Element).shadowRoot ?? n).childNodes]
            .filter((c) => !['style', 'script'].includes((c as Element).localName ?? ''))
            .map(walk)
            .join('');
    return walk(el).replace(/\s+/g, ' ');
  };

  it('/dist/demo/es/ is in Spanish: <html lang="es">, and every element speaks Spanish', async () => {
    const frame = await open('/dist/demo/es/', 1280);
    const doc = frame.contentDocument!;
    expect(doc.documentElement.lang).to.equal('es');
    const text = (sel: string) => shown(doc.querySelector(sel)!);
    expect(text('haven-quick-exit-info')).to.contain('La salida rápida oculta esta página');
    expect(text('haven-myth-facts')).to.contain('Mito común').and.contain('Fuentes');
    expect(text('haven-myth-facts')).to.not.contain('Common myth');
    expect(text('haven-wellbeing-table')).to.contain('Estrategias');
    expect(text('haven-myth-fact')).to.match(/Última revisión: 30 de noviembre de 2026/);
  });

  it('/dist/demo/advocacy.html: the Spanish section is Spanish, the rest of the page English', async () => {
    const frame = await open('/dist/demo/advocacy.html', 1280);
    const doc = frame.contentDocument!;
    const [english, spanish] = [...doc.querySelectorAll('haven-myth-facts')].map(shown);
    expect(doc.querySelector('haven-myth-facts')!.closest('[lang]')!.getAttribute('lang')).to.equal(
      'en',
    );
    expect(english).to.contain('Common myth').and.not.contain('Mito común');
    expect(spanish).to.contain('Mito común').and.not.contain('Common myth');
    expect(shown(doc.querySelector('haven-therapist-callout')!)).to.contain(
      'Finding a competent therapist',
    );
  });
});
