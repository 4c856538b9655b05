// The autoloader registers only the elements a page uses, including ones added later.
import { expect } from '@open-wc/testing';

describe('haven-loader', () => {
  it('defines the elements on the page, not the others, and then the ones added later', async () => {
    const card = document.createElement('haven-myth-fact');
    card.setAttribute('content-id', 'myths/risk-varies');
    document.body.append(card);
    expect(customElements.get('haven-myth-fact'), 'nothing defined before').to.equal(undefined);

    await import('../src/loader.js');
    await customElements.whenDefined('haven-myth-fact');
    await new Promise((r) => setTimeout(r, 200)); // give any stray import a chance to land
    expect(customElements.get('haven-myth-facts'), 'an element not on the page').to.equal(
      undefined,
    );

    const later = document.createElement('div');
    later.innerHTML =
      '<section><haven-myth-facts ids="myths/every-gender"></haven-myth-facts></section>';
    document.body.append(later);
    await customElements.whenDefined('haven-myth-facts');
    const group = later.querySelector('haven-myth-facts') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await group.updateComplete;
    expect(group.shadowRoot!.querySelectorAll('haven-myth-fact')).to.have.length(1);
    card.remove();
    later.remove();
  });

  it('loads Spanish words first for an element in lang="es_MX", as the element reads it', async () => {
    // The loader and the element read lang with one function: an underscore tag is Spanish to
    // both, so the element is defined with its Spanish words there and never falls back.
    const wrap = document.createElement('div');
    wrap.setAttribute('lang', 'es_MX');
    wrap.innerHTML = '<haven-quick-exit-info></haven-quick-exit-info>';
    document.body.append(wrap);
    await customElements.whenDefined('haven-quick-exit-info');
    const info = wrap.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    await info.updateComplete;
    const base = info.shadowRoot!.querySelector('[part~="base"]')!;
    expect(base.getAttribute('lang'), 'not marked as an English fallback').to.equal(null);
    expect(info.shadowRoot!.textContent).to.contain('Lo que la salida rápida no hace:');
    wrap.remove();
  });
});
