// A pre-rendered page (declarative shadow DOM from the server renderer) is readable before any
// script runs, and loading the elements afterwards upgrades it in place with nothing duplicated.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { getMyth } from '../src/content/registry.js';
import '../src/content/builtin-myths.js';
import { deepText, frameOf, within, frameLoad } from './helpers.js';

const PAGE = `<!doctype html><html lang="en"><head><title>t</title></head><body>
<haven-myth-fact content-id="myths/risk-varies" collapsed></haven-myth-fact>
<haven-myth-facts heading="Who does sex work" ids="myths/every-gender myths/mens-trauma"></haven-myth-facts>
</body></html>`;

async function prerenderedFrame(): Promise<HTMLIFrameElement> {
  const { html, rendered } = await executeServerCommand<
    { html: string; rendered: number },
    { html: string }
  >('haven-prerender', { html: PAGE });
  expect(rendered).to.equal(2);
  const frame = document.createElement('iframe');
  frame.title = 'pre-rendered page';
  document.body.append(frame);
  await frameLoad(frame, () => (frame.srcdoc = html), 'the pre-rendered page loaded in its frame');
  return frame;
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe('server-rendered elements', () => {
  it('are readable with no script at all', async () => {
    const frame = await prerenderedFrame();
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as Window & typeof globalThis;
    expect(win.customElements.get('haven-myth-fact'), 'nothing defined').to.equal(undefined);
    const card = doc.querySelector('haven-myth-fact')!;
    const item = getMyth('myths/risk-varies')!;
    expect(card.shadowRoot, 'declarative shadow root').to.not.equal(null);
    const text = deepText(card);
    expect(text).to.contain(item.fact);
    expect(text).to.contain(item.myth);
    expect(deepText(doc.body)).to.contain('People of every gender do sex work');
    // Without a document, the automatic level is 2 (README: server rendering).
    const heading = card.shadowRoot!.querySelector('h2')!;
    expect(heading.getBoundingClientRect().height, 'laid out and visible').to.be.greaterThan(0);
    frame.remove();
  });

  it('upgrade in place when the elements load: working, and nothing duplicated', async () => {
    const frame = await prerenderedFrame();
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as Window & typeof globalThis;
    const card = doc.querySelector('haven-myth-fact')!;
    const rootBefore = card.shadowRoot;
    // What the card shows at the first frame after its class arrives: the server's content (its
    // <style> block; the client's styles are adopted sheets), which the browser paints first.
    // This frame is asked for before the card asks for its own, so it runs first.
    let atFirstFrame: Promise<boolean> | undefined;
    const registry = win.customElements;
    const define = registry.define.bind(registry);
    registry.define = (name, ...rest) => {
      define(name, ...rest);
      if (name === 'haven-myth-fact')
        atFirstFrame = frameOf(
          win,
          "the pre-rendered page's first frame after the card's class arrived",
        ).then(() => !!card.shadowRoot!.querySelector('style'));
    };
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = new URL('../src/define.ts', import.meta.url).href;
    doc.head.append(script);
    await within(win.customElements.whenDefined('haven-myth-fact'), 'haven-myth-fact defined');
    await within(win.customElements.whenDefined('haven-myth-facts'), 'haven-myth-facts defined');
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(card.shadowRoot, 'the same shadow root is reused').to.equal(rootBefore);
    expect(
      await atFirstFrame,
      "the server's content is painted before the client renders",
    ).to.equal(true);
    expect(card.shadowRoot!.querySelector('style'), "then the client's replaces it").to.equal(null);
    const item = getMyth('myths/risk-varies')!;
    const text = deepText(card);
    expect(count(text, item.fact), 'fact once').to.equal(1);
    expect(count(text, item.myth), 'myth once').to.equal(1);
    expect(card.shadowRoot!.querySelectorAll('article')).to.have.length(1);
    const button = card.shadowRoot!.querySelector('button')!;
    button.click();
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(button.getAttribute('aria-expanded'), 'the disclosure works').to.equal('true');
    const group = doc.querySelector('haven-myth-facts')!;
    expect(group.shadowRoot!.querySelectorAll('haven-myth-fact')).to.have.length(2);
    frame.remove();
  });
});
