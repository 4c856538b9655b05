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
});
