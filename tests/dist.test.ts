// The built bundles in a real page (npm test builds before it runs the browser tests).
import { expect } from '@open-wc/testing';
import { deepText } from './helpers.js';

async function frameWith(body: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'bundle test';
  document.body.append(frame);
  await new Promise((done) => {
    frame.addEventListener('load', done, { once: true });
    frame.srcdoc = `<!doctype html><html lang="en"><body>${body}</body></html>`;
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
});
