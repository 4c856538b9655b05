// The documented `strings` attribute, on every element the declarations list: an editor's words
// replace the built-in ones the element shows in its own shadow root, its own words and the
// shared ones (sources, last reviewed) alike. A new element folder is tested with no edit here.
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { declarations } from '../src/generated/declarations.js';
import { en } from '../src/i18n/en.js';
import type { Example } from '../src/examples.js';
import { mount, settle, shadow } from './helpers.js';

/** What the element's own shadow root shows (not a nested element's, not the page's children). */
const ownText = (el: Element) => (shadow(el).textContent ?? '').replace(/\s+/g, ' ');

/** The words shared by every element that the attribute can replace and a page can see. */
const SHARED = { sources: en.sources, lastReviewed: en.lastReviewed };

describe('the strings attribute', () => {
  expect(declarations).to.have.length.above(8);
  for (const d of declarations) {
    it(`<${d.tag}> shows an editor's words in place of those it renders`, async () => {
      // The first of its examples that shows some of its words (a group's own words show only
      // when it is empty), and those words: plain text, no placeholder, not written by the example.
      let el!: HTMLElement;
      let ex!: Example;
      let before = '';
      let shown: Array<[string, string]> = [];
      for (ex of d.examples.examples) {
        el = await mount(d.examples, ex);
        before = ownText(el);
        const own = JSON.stringify(ex);
        shown = Object.entries({ ...d.strings, ...SHARED }).filter(
          (e): e is [string, string] =>
            typeof e[1] === 'string' &&
            e[1].trim().length > 2 &&
            !e[1].includes('{') &&
            before.includes(e[1].trim()) &&
            !own.includes(e[1].trim()),
        );
        if (shown.length) break;
        el.remove();
      }
      expect(shown, `no example of <${d.tag}> shows one of its words`).to.not.be.empty;
      const words = Object.fromEntries(shown.map(([key]) => [key, `[${key} from the editor]`]));
      el.setAttribute('strings', JSON.stringify(words));
      await settle(el);
      const after = ownText(el);
      const missing = Object.values(words).filter((w) => !after.includes(w));
      expect(missing, `<${d.tag}> "${ex.name}": editor's words not shown`).to.deep.equal([]);
      el.removeAttribute('strings');
      await settle(el);
      expect(ownText(el), 'the built-in words again once the attribute is gone').to.equal(before);
    });
  }
});
