// Accessibility in context: axe over a whole page, not one element alone. Each element's visible
// examples are placed twice under a page's <h1> inside <main>, with best-practice rules on, so
// problems that only exist next to other content show up (heading order, landmark names).
import { expect, fixture } from '@open-wc/testing';
import '../src/define.js';
import { allExamples } from '../src/generated/all-examples.js';
import { renderExample } from '../src/examples.js';
import { resetWarnings } from '../src/internal/warn.js';
import { axeViolations, captureConsole, settle } from './helpers.js';

/** A page: a skip-free main landmark with an h1, then `els`. */
async function page(els: HTMLElement[]): Promise<HTMLElement> {
  const main = document.createElement('main');
  const h1 = document.createElement('h1');
  h1.textContent = 'A practice page';
  main.append(h1, ...els);
  const el = await fixture<HTMLElement>(main);
  await settle(el);
  return el;
}

/** The level of every heading a visitor meets in `root`, in reading order, shadow roots included. */
function outline(root: Element | ShadowRoot): number[] {
  const out: number[] = [];
  for (const el of root.querySelectorAll('*')) {
    const m = /^H([1-6])$/.exec(el.tagName);
    if (m) out.push(Number(m[1]));
    if (el.shadowRoot) out.push(...outline(el.shadowRoot));
  }
  return out;
}

describe('in context: every example twice under a page heading', () => {
  // What any real page has, so axe judges the elements and not the test runner's blank page.
  before(() => {
    document.title = 'A practice page';
    document.documentElement.lang = 'en';
  });

  for (const set of allExamples) {
    const visible = set.examples.filter((ex) => !ex.hidden && !ex.warns);
    it(`<${set.tag}>: ${visible.length} examples, twice each, pass axe as a page`, async () => {
      resetWarnings();
      let main!: HTMLElement;
      const logged = await captureConsole(async () => {
        main = await page(
          visible.flatMap((ex) => [renderExample(set.tag, ex), renderExample(set.tag, ex)]),
        );
      });
      expect(logged, 'console output').to.deep.equal([]);
      expect(await axeViolations(document.documentElement), 'axe violations').to.deep.equal([]);
      // No heading skips a level on the way down (what axe's heading-order checks, made explicit).
      const levels = outline(main);
      const skips = levels.filter((l, i) => i > 0 && l > levels[i - 1] + 1);
      expect(skips, `heading levels ${levels.join(' ')}`).to.deep.equal([]);
    });
  }

  it('a callout right under the h1 has an h2, and one under an h2 section an h3', async () => {
    const first = document.createElement('haven-therapist-callout');
    const h2 = document.createElement('h2');
    h2.textContent = 'Getting help';
    const second = document.createElement('haven-therapist-callout');
    await page([first, h2, second]);
    expect(first.shadowRoot!.querySelector('h2, h3, h4')!.localName).to.equal('h2');
    expect(second.shadowRoot!.querySelector('h2, h3, h4')!.localName).to.equal('h3');
  });

  it('heading-level still overrides the automatic level', async () => {
    const card = document.createElement('haven-myth-fact');
    card.setAttribute('content-id', 'myths/not-a-mental-illness');
    card.setAttribute('heading-level', '4');
    await page([card]);
    expect(card.shadowRoot!.querySelector('h2, h3, h4, h5')!.localName).to.equal('h4');
  });

  it('two quick exits make one "Quick exit" landmark; the second takes over when the first goes', async () => {
    const a = document.createElement('haven-quick-exit');
    const b = document.createElement('haven-quick-exit');
    await page([a, b]);
    const navs = () =>
      [a, b].map((el) => el.shadowRoot!.querySelectorAll('nav[aria-label]').length);
    expect(navs()).to.deep.equal([1, 0]);
    a.remove();
    await settle(b);
    expect(b.shadowRoot!.querySelectorAll('nav[aria-label]').length).to.equal(1);
  });

  it('cards in one row of a group are the same height', async () => {
    const group = document.createElement('haven-myth-facts');
    group.setAttribute('ids', 'myths/not-a-mental-illness myths/many-kinds-of-work');
    group.style.width = '48rem';
    await page([group]);
    const cards = [...group.shadowRoot!.querySelectorAll('haven-myth-fact')];
    const boxes = cards.map((c) => c.shadowRoot!.querySelector('.base')!.getBoundingClientRect());
    expect(boxes[0].top, 'same row').to.equal(boxes[1].top);
    expect(Math.round(boxes[0].height)).to.equal(Math.round(boxes[1].height));
  });
});
