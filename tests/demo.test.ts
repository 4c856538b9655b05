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
  await rendered(win.document, path);
  await frameOf(win, `an animation frame of ${path}`);
  return frame;
}

type Rendering = Element & { updateComplete?: Promise<unknown> };

/** Every haven element of `doc` has rendered on the client (pre-rendered ones included). */
async function rendered(doc: Document, path: string): Promise<void> {
  const havens = [...doc.querySelectorAll<Rendering>('*')].filter((e) =>
    e.localName.startsWith('haven-'),
  );
  for (const el of havens)
    await within(Promise.resolve(el.updateComplete), `<${el.localName}> on ${path} rendered`);
}

/** The page as `npm start` serves it, without its scripts: the HTML a visitor's browser parses. */
async function withoutScripts(path: string): Promise<{ html: string; scripts: string[] }> {
  const source = await (await fetch(path)).text();
  const scripts: string[] = [];
  const html = source
    .replace(/<script type="module" src="([^"]+)"[^>]*><\/script>/g, (_, src: string) => {
      scripts.push(src);
      return '';
    })
    .replace('<head>', `<head><base href="${new URL(path, location.href).href}" />`);
  return { html, scripts };
}

/** Every element's box in the document (light DOM), by its place in document order. */
/**
 * Every visible element's box in the document (light DOM), keyed by the element: the boxes an
 * upgrade must not move. (Scripts and data blocks have none; an element may add one, JSON-LD.)
 */
const boxes = (doc: Document) =>
  new Map(
    [...doc.body.querySelectorAll('*')]
      .filter((el) => el.localName !== 'script')
      .map((el) => {
        const r = el.getBoundingClientRect();
        return [el, { x: r.x, y: r.y, w: r.width, h: r.height }];
      }),
  );

/** What moved by more than 1 px between two readings of `boxes`, named by the element. */
const movedBetween = (before: ReturnType<typeof boxes>, after: ReturnType<typeof boxes>) =>
  [...before]
    .filter(([el, a]) => {
      const b = after.get(el);
      return (
        !b ||
        Math.abs(a.x - b.x) > 1 ||
        Math.abs(a.y - b.y) > 1 ||
        Math.abs(a.w - b.w) > 1 ||
        Math.abs(a.h - b.h) > 1
      );
    })
    .map(([el, a]) => {
      const b = after.get(el);
      const box = (r?: typeof a) => (r ? `${r.x},${r.y} ${r.w}×${r.h}` : 'gone');
      return `<${el.localName}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}> ${box(a)} → ${box(b)}`;
    });

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

  for (const page of PAGES) {
    it(`${page}: pre-rendered and readable with no script; the quick exit keeps its box as it upgrades`, async () => {
      const { html, scripts } = await withoutScripts(page);
      expect(scripts.length, 'the page loads the library with a script').to.be.above(0);
      expect(html, 'nothing holds the first paint').to.not.contain('blocking="render"');
      const frame = document.createElement('iframe');
      frame.width = '390';
      frame.height = '800';
      document.body.append(frame);
      await frameLoad(frame, () => (frame.srcdoc = html), `${page} without its script loaded`);
      const win = frame.contentWindow as Window & typeof globalThis;
      const doc = frame.contentDocument!;
      await frameOf(win, `a frame of ${page} without its script`);
      // With no script, every element with built-in content shows it from its server rendering.
      const havens = [...doc.querySelectorAll('*')].filter((e) => e.localName.startsWith('haven-'));
      const prerendered = havens.filter((el) => el.shadowRoot);
      expect(prerendered.length, 'pre-rendered elements').to.be.above(0);
      const before = new Map(prerendered.map((el) => [el, shown(el)]));
      for (const [el, text] of before)
        expect(text.trim().length, `<${el.localName}> shows its words with no script`).to.be.above(
          20,
        );
      // The quick exit is left to its editor's link (haven.css gives it its bar before the script).
      const exit = doc.querySelector('haven-quick-exit')!;
      const exitBoxes = (d: Document) =>
        new Map([...boxes(d)].filter(([el]) => el === exit || el.parentElement === exit));
      const exitBefore = exitBoxes(doc);
      expect(exitBefore.size, 'the quick exit and its link').to.equal(2);
      // Then the page's scripts arrive (the library first), as on the served page.
      for (const src of scripts) {
        const script = doc.createElement('script');
        script.type = 'module';
        script.src = new URL(src, new URL(page, location.href)).href;
        doc.head.append(script);
      }
      await within(
        Promise.all(havens.map((el) => win.customElements.whenDefined(el.localName))),
        `every element of ${page} defined`,
      );
      await rendered(doc, page);
      await frameOf(win, `a frame of ${page} after its elements rendered`);
      const moved = movedBetween(exitBefore, exitBoxes(doc));
      expect(moved, 'the quick exit moved as it upgraded').to.deep.equal([]);
    });
  }

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
