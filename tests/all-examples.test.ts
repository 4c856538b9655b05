// Renders every example of every element, in English and in Spanish: each must render, log only
// the warning it declares, and pass axe in every state (collapsed explanations opened too). In
// Spanish, no English word of the library's strings or built-in content may show.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import '../src/es.js';
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
const same = new Set(
  declarations.flatMap((d) =>
    Object.entries(d.strings).flatMap(([key, value]) =>
      typeof value === 'string' && !/\s/.test(value.trim()) && d.translations.es?.[key] === value
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
  .filter((s) => s.trim().length > 2 && !same.has(s));

/**
 * The library's English texts that `el` shows, other than those the example wrote itself and
 * those marked as English (`lang="en"`: the titles of English source documents).
 */
function englishIn(el: Element, ex: Example): string[] {
  const text = deepText(el, (e) => /^en\b/i.test(e.getAttribute('lang') ?? ''));
  const own = JSON.stringify(ex);
  const escape = (s: string) => s.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return ENGLISH.filter((s) => new RegExp(`\\b${escape(s)}\\b`).test(text) && !own.includes(s));
}

async function mountIn(lang: string, set: ExampleSet, ex: Example): Promise<HTMLElement> {
  const wrap = await fixture(html`<div lang=${lang}></div>`);
  const el = renderExample(set.tag, ex);
  wrap.append(el);
  await settle(wrap);
  return el;
}

for (const lang of ['en', 'es']) {
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
          if (lang === 'es') {
            expect(englishIn(el, ex), 'English words in Spanish').to.deep.equal([]);
          }
          expect((window as unknown as { __havenPwned?: number }).__havenPwned).to.equal(undefined);
        });
      }
    });
  }
}
