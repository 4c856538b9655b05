import { expect } from '@open-wc/testing';
import '../src/define.js';
import '../src/generated/locales.js';
import { declarations } from '../src/generated/declarations.js';
import { LANGUAGES, PSEUDO_LANGUAGES } from '../src/generated/languages.js';
import { mythFactExamples as set } from '../components/myth-fact/myth-fact.examples.js';
import { example } from '../src/examples.js';
import {
  addStrings,
  formatDate,
  plural,
  pluralCategory,
  setStrings,
  strings,
} from '../src/i18n/index.js';
import { en } from '../src/i18n/en.js';
import { es } from '../content/es/strings/shared.js';
import { mythFactStrings } from '../components/myth-fact/myth-fact.strings.js';
import { therapistCalloutStrings } from '../components/therapist-callout/therapist-callout.strings.js';
import { deepText, mount, shadow } from './helpers.js';

describe('UI strings', () => {
  afterEach(() =>
    setStrings({ ...en, mythFact: mythFactStrings, therapistCallout: therapistCalloutStrings }),
  );

  it('each loaded element has added its own words, in English and in each language it speaks', () => {
    expect(strings().mythFact.myth).to.equal('Common myth');
    // Every element the declarations list: a new folder is checked with no edit here.
    expect(declarations).to.have.length.above(8);
    for (const d of declarations) {
      const space = d.name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
      const all = (lang: string) => strings(lang) as unknown as Record<string, unknown>;
      expect(all('en')[space], `<${d.tag}> in English`).to.deep.equal(d.strings);
      for (const [lang, words] of Object.entries(d.translations)) {
        expect(all(lang)[space], `<${d.tag}> in ${lang}`).to.deep.equal(words);
      }
    }
  });

  it('a replacement set before an element loads wins over the defaults it adds', () => {
    // As when a page calls setStrings and the loader fetches the element's chunk afterwards.
    setStrings({ therapistCallout: { calloutPartial: 'Faltan algunos datos.' } });
    addStrings({ therapistCallout: { calloutPartial: 'Some details could not be shown.' } });
    expect(strings().therapistCallout.calloutPartial).to.equal('Faltan algunos datos.');
    // The rest of the element's words are still there.
    expect(strings().therapistCallout.guideHeading).to.equal('Finding a competent therapist');
  });

  it('a card shows replaced words, and its review date in words', async () => {
    setStrings({ mythFact: { myth: 'Usual myth' } });
    const el = await mount(set, example(set, 'default'));
    const text = deepText(shadow(el)).replace(/\s+/g, ' ');
    expect(text).to.contain('Usual myth');
    expect(text).to.match(/Last reviewed: November \d{1,2}, 2026/);
  });

  it('formatDate and plural speak the language they are given', () => {
    addStrings(es, 'es');
    expect(formatDate('2026-11-22', 'es')).to.equal('22 de noviembre de 2026');
    expect(formatDate('2026-11-22', 'en')).to.equal('November 22, 2026');
    expect(formatDate('2026-01-01', 'es')).to.equal('1 de enero de 2026', 'no time-zone shift');
    expect(formatDate('not a date', 'es')).to.equal('not a date');
    // The words for dates write what the browser's Intl writes, every month, in every language
    // (a pseudo-locale's dates are its own made-up words).
    for (const lang of LANGUAGES.filter((l) => !PSEUDO_LANGUAGES.includes(l))) {
      const intl = new Intl.DateTimeFormat(lang, {
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        timeZone: 'UTC',
      });
      for (let month = 1; month <= 12; month += 1) {
        const iso = `2026-${String(month).padStart(2, '0')}-0${month % 9 || 9}`;
        expect(formatDate(iso, lang)).to.equal(intl.format(Date.parse(iso)), `${lang} ${iso}`);
      }
    }
    const forms = { one: '{n} pauta', other: '{n} pautas' };
    expect(plural('es', forms, 1)).to.equal('1 pauta');
    expect(plural('es', forms, 2)).to.equal('2 pautas');
    expect(plural('es', forms, 0)).to.equal('0 pautas');
  });

  it("dates follow a page's own words for dates (setStrings)", () => {
    expect(formatDate('2026-11-22', 'en')).to.equal('November 22, 2026');
    setStrings({ date: '{day} {month} {year}' });
    expect(formatDate('2026-11-22', 'en')).to.equal('22 November 2026');
    setStrings({ date: en.date });
    expect(formatDate('2026-11-22', 'en')).to.equal('November 22, 2026');
    expect(formatDate('2026-11-22', 'es')).to.equal('22 de noviembre de 2026');
  });

  it("plural categories follow the language given, not the browser's", () => {
    // The panel's count and the service's stale notice choose their words this way. English and
    // Spanish split one/other alike; French puts 0 in "one", which shows the language is used.
    expect(pluralCategory('fr', 0)).to.equal('one');
    expect(pluralCategory('en', 0)).to.equal('other');
    expect(pluralCategory('es', 1)).to.equal('one');
  });
});
