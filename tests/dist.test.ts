// The built bundles in a real page (npm test builds before it runs the browser tests).
import { expect } from '@open-wc/testing';
import { deepText } from './helpers.js';

async function frameWith(body: string, lang = 'en'): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'bundle test';
  document.body.append(frame);
  await new Promise((done) => {
    frame.addEventListener('load', done, { once: true });
    frame.srcdoc = `<!doctype html><html lang="${lang}"><body>${body}</body></html>`;
  });
  return frame;
}

async function rendered(frame: HTMLIFrameElement, tag: string): Promise<Element> {
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined(tag);
  const el = frame.contentDocument!.querySelector(tag) as Element & {
    updateComplete: Promise<unknown>;
  };
  await el.updateComplete;
  return el;
}

describe('dist bundles', () => {
  it('haven.classic.js works as a plain script and exposes HavenWidgets', async () => {
    const frame = await frameWith(
      '<haven-myth-fact content-id="myths/risk-varies"></haven-myth-fact><script src="/dist/haven.classic.js"></script>',
    );
    const el = await rendered(frame, 'haven-myth-fact');
    expect(deepText(el)).to.contain('Risk differs between kinds of work');
    const win = frame.contentWindow as unknown as { HavenWidgets?: Record<string, unknown> };
    expect(win.HavenWidgets?.HavenMythFact).to.be.a('function');
    frame.remove();
  });

  it('haven.js works from one module script tag', async () => {
    const frame = await frameWith(
      '<haven-myth-facts ids="myths/every-gender"></haven-myth-facts><script type="module" src="/dist/haven.js"></script>',
    );
    const el = await rendered(frame, 'haven-myth-facts');
    const card = el.shadowRoot!.querySelector('haven-myth-fact') as Element & {
      updateComplete: Promise<unknown>;
    };
    await card.updateComplete;
    expect(deepText(el)).to.contain('People of every gender do sex work');
    frame.remove();
  });

  it('haven-loader.js loads only what the page uses, from chunks', async () => {
    const frame = await frameWith(
      '<haven-myth-fact content-id="myths/risk-varies"></haven-myth-fact><script type="module" src="/dist/haven-loader.js"></script>',
    );
    const el = await rendered(frame, 'haven-myth-fact');
    expect(deepText(el)).to.contain('Risk differs between kinds of work');
    const loaded = frame.contentWindow!.performance.getEntriesByType('resource').map((e) => e.name);
    expect(loaded.some((u) => /\/dist\/chunks\/myth-fact-/.test(u))).to.equal(true);
    expect(
      loaded.some((u) => /\/dist\/chunks\/myth-facts-/.test(u)),
      'no unused element',
    ).to.equal(false);
    frame.remove();
  });

  /** Every chunk and bundle the frame loaded, by file name. */
  const files = (frame: HTMLIFrameElement) =>
    frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((e) => e.name.replace(/^.*\/dist\//, ''));

  it('haven-loader.js on an English page loads no Spanish chunk', async () => {
    const frame = await frameWith(
      '<haven-myth-facts></haven-myth-facts><haven-wellbeing-table></haven-wellbeing-table><script type="module" src="/dist/haven-loader.js"></script>',
    );
    await rendered(frame, 'haven-myth-facts');
    await rendered(frame, 'haven-wellbeing-table');
    await new Promise((r) => setTimeout(r, 200)); // give any stray import a chance to land
    const loaded = files(frame);
    expect(
      loaded.some((f) => /myth-fact/.test(f)),
      'the element chunks',
    ).to.equal(true);
    expect(
      loaded.filter((f) => /\.es-|-es-/.test(f)),
      'Spanish chunks',
    ).to.deep.equal([]);
    frame.remove();
  });

  it('haven-loader.js on a Spanish page loads the Spanish chunks, same-origin, and shows Spanish', async () => {
    const frame = await frameWith(
      '<haven-myth-fact content-id="myths/risk-varies"></haven-myth-fact><script type="module" src="/dist/haven-loader.js"></script>',
      'es-US',
    );
    const el = await rendered(frame, 'haven-myth-fact');
    expect(deepText(el)).to.contain('El riesgo cambia según el tipo de trabajo');
    expect(deepText(el)).to.contain('Mito común');
    const loaded = frame.contentWindow!.performance.getEntriesByType('resource').map((e) => e.name);
    expect(
      loaded.every((u) => new URL(u).origin === location.origin),
      'same origin',
    ).to.equal(true);
    expect(
      files(frame).some((f) => /myth-fact\.es-/.test(f)),
      'the Spanish chunk',
    ).to.equal(true);
    frame.remove();
  });

  it('haven-loader.js loads Spanish for a Spanish section of an English page only', async () => {
    const frame = await frameWith(
      '<haven-quick-exit-info></haven-quick-exit-info><div lang="es"><haven-myth-fact content-id="myths/every-gender"></haven-myth-fact></div><script type="module" src="/dist/haven-loader.js"></script>',
    );
    const card = await rendered(frame, 'haven-myth-fact');
    const info = await rendered(frame, 'haven-quick-exit-info');
    expect(deepText(card)).to.contain('Personas de todos los géneros');
    expect(deepText(info)).to.contain('Quick exit hides this page');
    const loaded = files(frame);
    expect(loaded.some((f) => /myth-fact\.es-/.test(f))).to.equal(true);
    expect(
      loaded.some((f) => /quick-exit-info\.es-/.test(f)),
      'no Spanish for English',
    ).to.equal(false);
    frame.remove();
  });

  it('haven.es.js shows Spanish on a Spanish page and English on an English one', async () => {
    for (const [lang, words] of [
      ['es', 'Salir de esta página'],
      ['en', 'Exit this page'],
    ] as const) {
      const frame = await frameWith(
        '<haven-quick-exit></haven-quick-exit><script type="module" src="/dist/haven.es.js"></script>',
        lang,
      );
      expect(deepText(await rendered(frame, 'haven-quick-exit'))).to.contain(words);
      frame.remove();
    }
  });
});
