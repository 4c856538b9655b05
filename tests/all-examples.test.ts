// Renders every example of every element, in English and in every locale (content/<locale>/):
// each must render, log only the warning it declares, and pass axe in every state (collapsed
// explanations opened too). In a locale, no English word of the library's strings or built-in
// content may show; in a pseudo-locale (scripts/pseudo-locale.js), every word the library shows
// is inside the pseudo-locale's brackets, so a word outside them is written in the code.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import '../src/generated/locales.js';
import { LANGUAGES, PSEUDO_LANGUAGES } from '../src/generated/languages.js';
import { allExamples } from '../src/generated/all-examples.js';
import { renderExample, type Example, type ExampleSet } from '../src/examples.js';
import { resetWarnings } from '../src/internal/warn.js';
import { en } from '../src/i18n/en.js';
import { declarations } from '../src/generated/declarations.js';
import { myths } from '../src/content/generated/myths.en.js';
import { wellbeing } from '../src/content/generated/wellbeing.en.js';
import { barriers } from '../src/content/generated/barriers.en.js';
import { competence } from '../src/content/generated/competence.en.js';
import { SEEDS } from '../src/content/schema.js';
import { axeViolations, captureConsole, deepText, settle, toggles } from './helpers.js';

/**
 * A word an element's Spanish writes as its English does ("ext.", "No"): not a leak. A sentence
 * written the same is one (the generator refuses it in a strings file, too).
 */
const sameIn = (lang: string) =>
  new Set(
    declarations.flatMap((d) =>
      Object.entries(d.strings).flatMap(([key, value]) =>
        typeof value === 'string' &&
        !/\s/.test(value.trim()) &&
        d.translations[lang]?.[key] === value
          ? [value]
          : [],
      ),
    ),
  );

/**
 * Every English text the library itself shows: the shared UI strings, every element's own (from
 * the declarations, so a new element folder is checked with no edit here) and the built-in content.
 */
const ENGLISH = [
  en,
  ...declarations.map((d) => d.strings),
  ...myths.map((m) => [m.fact, m.myth]),
  ...[...wellbeing, ...barriers].map((r) => [r.label, ...r.cells]),
  ...competence.map((c) => c.text),
  // How the sources are described (a document's own title stays English, marked lang="en").
  ...Object.values(SEEDS).map((s) =>
    s.doc ? s.title.slice(s.doc.length).replace(/^ \(|\)$/g, '') : s.title,
  ),
]
  .flatMap(function flat(v: unknown): string[] {
    return typeof v === 'string'
      ? [v]
      : v && typeof v === 'object'
        ? Object.values(v).flatMap(flat)
        : [];
  })
  .map((s) => s.replace(/\{n\}/g, ''))
  .filter((s) => s.trim().length > 2);

/**
 * The library's English texts that `el` shows, other than those the example wrote itself and
 * those marked as English (`lang="en"`: the titles of English source documents).
 */
function englishIn(el: Element, ex: Example, lang: string): string[] {
  const text = deepText(el, (e) => /^en\b/i.test(e.getAttribute('lang') ?? ''));
  const own = JSON.stringify(ex);
  const same = sameIn(lang);
  const escape = (s: string) => s.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return ENGLISH.filter(
    (s) => !same.has(s) && new RegExp(`\\b${escape(s)}\\b`).test(text) && !own.includes(s),
  );
}

/** The text of `node`'s tree, shadow roots and slots followed, each text node apart. */
function spacedText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return ` ${node.textContent ?? ''} `;
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE)
    return '';
  const el = node as HTMLElement;
  if (['style', 'script', 'template'].includes(el.localName) || el.hidden) return '';
  // The titles of English source documents, marked lang="en".
  if (node.nodeType === Node.ELEMENT_NODE && /^en\b/i.test(el.getAttribute('lang') ?? ''))
    return '';
  if (el.localName === 'slot') {
    const assigned = (el as unknown as HTMLSlotElement).assignedNodes({ flatten: true });
    return (assigned.length ? assigned : [...el.childNodes]).map(spacedText).join('');
  }
  return [...(el.shadowRoot ?? node).childNodes].map(spacedText).join('');
}

/**
 * The words `Intl` writes in `lang` (weekday and time-zone names, for a service's hours): a
 * pseudo-locale has no `Intl` data, so there `Intl` writes them in the browser's language.
 */
const intlCache = new Map<string, Set<string>>();
function intlWords(lang: string): Set<string> {
  const cached = intlCache.get(lang);
  if (cached) return cached;
  const words = new Set<string>();
  intlCache.set(lang, words);
  for (let d = 0; d < 7; d += 1) {
    const day = Date.UTC(2026, 0, 4 + d);
    for (const weekday of ['short', 'long'] as const)
      words.add(new Intl.DateTimeFormat(lang, { weekday, timeZone: 'UTC' }).format(day));
  }
  for (const timeZone of Intl.supportedValuesOf('timeZone'))
    for (const month of [0, 6]) {
      const parts = new Intl.DateTimeFormat(lang, { timeZone, timeZoneName: 'short' });
      const zone = parts
        .formatToParts(Date.UTC(2026, month, 1))
        .find((p) => p.type === 'timeZoneName');
      if (zone) words.add(zone.value);
    }
  return words;
}

/**
 * In a pseudo-locale, the words `el` shows outside every bracket (the pseudo-locale brackets each
 * string and content item), other than those the example wrote itself, those marked English
 * (source titles) and those `Intl` writes: text the code writes, not the locale's words.
 */
function unbracketed(el: Element, ex: Example, lang: string): string[] {
  let depth = 0;
  let outside = '';
  for (const c of spacedText(el)) {
    if (c === '[') depth += 1;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else outside += depth ? ' ' : c;
  }
  const own = JSON.stringify(ex).toLowerCase();
  const intl = intlWords(lang);
  const words = outside.match(/[A-Za-z][A-Za-z'’]*[A-Za-z]/g) ?? [];
  return [...new Set(words.filter((w) => !own.includes(w.toLowerCase()) && !intl.has(w)))];
}

async function mountIn(lang: string, set: ExampleSet, ex: Example): Promise<HTMLElement> {
  const wrap = await fixture(html`<div lang=${lang}></div>`);
  const el = renderExample(set.tag, ex);
  wrap.append(el);
  await settle(wrap);
  return el;
}

for (const lang of LANGUAGES) {
  for (const set of allExamples) {
    describe(`<${set.tag}> examples, lang="${lang}"`, () => {
      for (const ex of set.examples) {
        it(`${ex.name}: renders, warns as declared, and passes axe in every state`, async () => {
          resetWarnings();
          let el!: HTMLElement;
          const logged = await captureConsole(async () => {
            el = await mountIn(lang, set, ex);
          });
          if (ex.warns) {
            expect(logged, 'console output').to.have.length(1);
            expect(logged[0]).to.contain(ex.warns);
          } else {
            expect(logged, 'console output').to.deep.equal([]);
          }
          expect(deepText(el).trim(), 'visible text').to.not.equal('');
          expect(await axeViolations(el), 'axe violations').to.deep.equal([]);

          const buttons = toggles(el);
          if (buttons.length) {
            buttons.forEach((b) => b.click());
            await settle(el);
            expect(await axeViolations(el), 'axe violations when expanded').to.deep.equal([]);
          }
          if (lang !== 'en') {
            expect(englishIn(el, ex, lang), `English words in "${lang}"`).to.deep.equal([]);
          }
          if (PSEUDO_LANGUAGES.includes(lang)) {
            expect(unbracketed(el, ex, lang), 'words outside the pseudo-locale').to.deep.equal([]);
          }
          expect((window as unknown as { __havenPwned?: number }).__havenPwned).to.equal(undefined);
        });
      }
    });
  }
}
