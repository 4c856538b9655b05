// Every visible example of every element, in English and in every locale (content/<locale>/, and
// the pseudo-locale when scripts/pseudo-locale.js added it), on a 320 px phone: no sideways
// scroll, nothing wider than the page, and no text cut off (a box that hides or clips what
// overflows it, holding more than it shows). Longer words (Spanish, or the pseudo-locale's 40%
// more) are where a layout that fit in English breaks.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import '../src/generated/locales.js';
import { LANGUAGES } from '../src/generated/languages.js';
import { allExamples } from '../src/generated/all-examples.js';
import { renderExample } from '../src/examples.js';
import { settle, setViewport, toggles } from './helpers.js';

/** Every element in `root`'s tree (its own shadow root too), shadow roots included. */
function all(root: Element | ShadowRoot): Element[] {
  const out: Element[] = root instanceof Element && root.shadowRoot ? all(root.shadowRoot) : [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el, ...all(el));
  }
  return out;
}

/** A short name for an element in a message: its tag, part and class. */
const named = (el: Element) =>
  `<${el.localName}${el.getAttribute('part') ? ` part="${el.getAttribute('part')}"` : ''}${
    el.getAttribute('class') ? ` class="${el.getAttribute('class')}"` : ''
  }>`;

/** What in `root` reaches past `width`, and what hides text it cannot show. */
function problems(root: Element, width: number): string[] {
  const out: string[] = [];
  for (const el of [root, ...all(root)]) {
    const box = el.getBoundingClientRect();
    if (!box.width && !box.height) continue;
    const style = getComputedStyle(el);
    if (style.position === 'fixed' || style.visibility === 'hidden') continue;
    // A visually hidden label (1 px, clipped) is for screen readers, not the layout.
    if (box.width <= 1 || box.height <= 1) continue;
    if (box.right > width + 1) out.push(`${named(el)} reaches ${Math.round(box.right)} px`);
    const clips = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
    if (clips && el.scrollWidth > el.clientWidth + 1 && el.textContent?.trim())
      out.push(`${named(el)} cuts its text off (${el.scrollWidth} px in ${el.clientWidth} px)`);
  }
  return out;
}

describe('every example at 320 px, in every language', () => {
  let width = 0;
  before(async () => {
    width = await setViewport({ width: 320, height: 640 });
  });
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of LANGUAGES) {
    for (const set of allExamples) {
      for (const ex of set.examples.filter((x) => !x.hidden)) {
        it(`<${set.tag}> ${ex.name}, lang="${lang}": fits, nothing cut off (also opened)`, async () => {
          const wrap = await fixture(html`<div lang=${lang}></div>`);
          const el = renderExample(set.tag, ex);
          wrap.append(el);
          await settle(wrap);
          const page = document.documentElement;
          expect(problems(el, width), `in ${width} px`).to.deep.equal([]);
          expect(page.scrollWidth, 'the page scrolls sideways').to.be.at.most(page.clientWidth);
          const buttons = toggles(el);
          if (buttons.length) {
            buttons.forEach((b) => b.click());
            await settle(el);
            expect(problems(el, width), `opened, in ${width} px`).to.deep.equal([]);
            expect(page.scrollWidth, 'opened, the page scrolls sideways').to.be.at.most(
              page.clientWidth,
            );
          }
        });
      }
    }
  }
});
