/**
 * The autoloader (`dist/haven-loader.js`): registers only the elements a page uses, including
 * ones a CMS or a single-page app adds later, by importing per-element chunks that share one copy
 * of Lit. An element in Spanish (`lang="es…"` on it or an ancestor) also gets its Spanish chunk,
 * first, so it never shows English while its words load; a page with no Spanish loads no Spanish
 * byte. Built-in texts come the same way, first, one id at a time: a page with one myth/fact card
 * loads that card's text, and a card whose `content-id` changes later gets its new one. It
 * fetches nothing else and stores nothing; every chunk comes from beside the loader.
 */
import { contents, loaders as elements, translations, watched } from './generated/loader.js';
import { elementLanguage as languageOf } from './i18n/lang.js';

const requested = new Set<string>();
const noop = () => {};

function load(root: Document | Element): void {
  for (const tag in elements) {
    const found = [...root.querySelectorAll(tag)];
    if ('matches' in root && root.matches(tag)) found.push(root);
    if (!found.length) continue;
    const words: Array<Promise<unknown>> = [];
    for (const lang of new Set(found.map(languageOf))) {
      const key = `${lang}:${tag}`;
      const chunk = translations[lang]?.[tag];
      if (!chunk || requested.has(key)) continue;
      requested.add(key);
      words.push(chunk().catch(() => requested.delete(key)));
    }
    // Each element's built-in texts, in its language (the module keeps each id to one download).
    // A text that fails to load (offline, blocked) leaves the element to say it has none.
    const texts = contents[tag];
    if (texts)
      words.push(
        texts()
          .then((m) => m.load(found, languageOf))
          .catch(noop),
      );
    if (requested.has(tag) || customElements.get(tag)) continue;
    requested.add(tag);
    // Words first: an element defined before its words would show English for a moment.
    void Promise.all(words).then(() =>
      elements[tag]!().catch(() => {
        // A failed chunk (offline, blocked) may be tried again when the element appears again.
        requested.delete(tag);
      }),
    );
  }
}

const observer = new MutationObserver((records) => {
  for (const record of records) {
    // A lang set later (a page switching language) may need words not loaded yet, and a
    // content-id set later a text not loaded yet.
    if (record.type === 'attributes') load(record.target as Element);
    for (const node of record.addedNodes) if (node instanceof Element) load(node);
  }
});

observer.observe(document.documentElement, {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['lang', ...watched],
});
load(document);

// A module with no exports of its own: loading it is what it is for.
export {};
