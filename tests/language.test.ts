// Which language each element speaks: the nearest lang (own, ancestors, across shadow roots,
// <html lang>), Spanish for every es-* tag, English with one console note for a language the
// library lacks, and a new render when a lang changes.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import '../src/generated/locales.js';
import { elementLanguage, nearestLang } from '../src/i18n/lang.js';
import { resetWarnings } from '../src/internal/warn.js';
import { setStrings } from '../src/i18n/index.js';
import { captureConsole, clean, deepText, settle, shadow } from './helpers.js';

const CARD = 'myths/not-a-mental-illness';
const text = (el: Element) => clean(deepText(el));

describe('nearestLang', () => {
  it('takes the own lang, else an ancestor, across a shadow root to its host, else <html>', async () => {
    const root = await fixture(
      html`<div lang="es-MX">
        <p lang="fr"><b></b></p>
        <span></span>
      </div>`,
    );
    expect(nearestLang(root.querySelector('b')!)).to.equal('fr');
    expect(nearestLang(root.querySelector('span')!)).to.equal('es-MX');
    const host = root.querySelector('span')!;
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(nearestLang(inner)).to.equal('es-MX');
    expect(nearestLang(document.body)).to.equal(document.documentElement.lang);
  });
});

describe('elementLanguage (the loader and every element read lang with it)', () => {
  it('reads es_MX, es-419 and ES-us as Spanish, fr-CA as French, no lang as English', async () => {
    const root = await fixture(
      html`<div>
        <i lang="es_MX"></i><i lang="es-419"></i><i lang=" ES-us "></i><i lang="fr-CA"></i><i></i>
      </div>`,
    );
    const langs = [...root.querySelectorAll('i')].map((el) => elementLanguage(el));
    document.documentElement.removeAttribute('lang');
    try {
      expect(elementLanguage(root.querySelector('i:last-child')!)).to.equal('en');
    } finally {
      document.documentElement.lang = 'en';
    }
    expect(langs).to.deep.equal(['es', 'es', 'es', 'fr', 'en']);
  });

  it('takes lang from a shadow host for an element inside its shadow root', async () => {
    const host = await fixture(html`<div lang="es_MX"></div>`);
    const inner = document.createElement('haven-quick-exit');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(elementLanguage(inner)).to.equal('es');
    // The loader used closest('[lang]'), which stops at the shadow root: it saw no lang at all.
    expect(inner.closest('[lang]')).to.equal(null);
  });
});

describe('language of an element', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
    resetWarnings();
  });

  it('an element inside <div lang="es"> on an English page is Spanish; its neighbours English', async () => {
    const root = await fixture(
      html`<div>
        <haven-myth-fact content-id=${CARD}></haven-myth-fact>
        <div lang="es"><haven-myth-fact content-id=${CARD}></haven-myth-fact></div>
        <haven-quick-exit-info></haven-quick-exit-info>
      </div>`,
    );
    await settle(root);
    const [en, es] = root.querySelectorAll('haven-myth-fact');
    expect(text(es!)).to.contain('Dato');
    expect(text(es!)).to.contain('Mito común');
    expect(text(es!)).to.contain('El trabajo sexual no es una enfermedad mental.');
    expect(text(es!)).to.match(/Última revisión: \d{1,2} de noviembre de 2026/);
    expect(text(es!)).to.contain('Fuentes');
    expect(text(en!)).to.contain('Common myth');
    expect(text(en!)).to.contain('Sex work is not a mental illness.');
    expect(text(en!)).to.match(/Last reviewed: November \d{1,2}, 2026/);
    expect(text(root.querySelector('haven-quick-exit-info')!)).to.contain('Quick exit hides');
  });

  for (const tag of ['es', 'es-419', 'es-MX', 'es-US', 'ES']) {
    it(`lang="${tag}" is Spanish`, async () => {
      const el = await fixture(html`<haven-quick-exit lang=${tag}></haven-quick-exit>`);
      await settle(el);
      expect(text(el)).to.equal('Salir de esta página');
      expect(shadow(el).querySelector('nav')!.getAttribute('aria-label')).to.equal('Salida rápida');
    });
  }

  it("an element in another element's shadow root takes the host's language", async () => {
    const root = await fixture(
      html`<div lang="es">
        <haven-myth-facts ids=${CARD}></haven-myth-facts>
      </div>`,
    );
    await settle(root);
    const card = shadow(root.querySelector('haven-myth-facts')!).querySelector('haven-myth-fact')!;
    expect(text(card)).to.contain('Mito común');
  });

  it('an unknown language falls back to English, says so once, and marks the root lang="en"', async () => {
    let root!: Element;
    const logged = await captureConsole(async () => {
      root = await fixture(
        html`<div lang="fr-CA">
          <haven-myth-fact content-id=${CARD}></haven-myth-fact>
          <haven-myth-fact content-id=${CARD}></haven-myth-fact>
        </div>`,
      );
      await settle(root);
    });
    expect(logged).to.have.length(1);
    expect(logged[0]).to.contain('lang="fr-CA"').and.contain('showing English');
    for (const card of root.querySelectorAll('haven-myth-fact')) {
      expect(text(card)).to.contain('Common myth');
      expect(shadow(card).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('en');
    }
  });

  it('a group falling back to English marks its root once and settles (its cards inherit en)', async () => {
    // The group's shadow root holds cards, so the shared observer watches it: setting the same
    // lang="en" on every render would wake the observer again and again.
    resetWarnings();
    let root!: Element;
    const logged = await captureConsole(async () => {
      root = await fixture(
        html`<div lang="fr"><haven-myth-facts ids="${CARD}"></haven-myth-facts></div>`,
      );
      await settle(root);
    });
    const group = root.querySelector('haven-myth-facts')!;
    expect(shadow(group).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('en');
    expect(text(group)).to.contain('Common myth');
    expect(logged).to.have.length(1);
  });

  it('a Spanish element has no lang mark on its root (it inherits es)', async () => {
    const el = await fixture(
      html`<haven-myth-fact lang="es" content-id=${CARD}></haven-myth-fact>`,
    );
    await settle(el);
    expect(shadow(el).querySelector('[part~="base"]')!.hasAttribute('lang')).to.equal(false);
  });

  it('a change of <html lang> re-renders the elements that follow it', async () => {
    const el = await fixture(html`<haven-quick-exit></haven-quick-exit>`);
    await settle(el);
    expect(text(el)).to.equal('Exit this page');
    document.documentElement.lang = 'es-US';
    await settle(el);
    expect(text(el)).to.equal('Salir de esta página');
    document.documentElement.lang = 'en';
    await settle(el);
    expect(text(el)).to.equal('Exit this page');
  });

  it("a change of the element's own lang re-renders it, content included", async () => {
    const el = await fixture(html`<haven-myth-fact content-id=${CARD}></haven-myth-fact>`);
    await settle(el);
    el.setAttribute('lang', 'es');
    await settle(el);
    expect(text(el)).to.contain('El trabajo sexual no es una enfermedad mental.');
    el.setAttribute('lang', 'fr');
    await settle(el);
    expect(text(el)).to.contain('Sex work is not a mental illness.');
    expect(shadow(el).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('en');
    el.removeAttribute('lang');
    await settle(el);
    expect(shadow(el).querySelector('[part~="base"]')!.hasAttribute('lang')).to.equal(false);
  });

  it("a change of an ancestor's lang re-renders the elements inside it", async () => {
    const root = await fixture(
      html`<section><haven-wellbeing-table></haven-wellbeing-table></section>`,
    );
    await settle(root);
    root.setAttribute('lang', 'es');
    await settle(root);
    const table = shadow(root.querySelector('haven-wellbeing-table')!);
    expect(table.querySelector('caption')!.textContent).to.contain('Estrategias de afrontamiento');
    expect(text(table.querySelector('tbody')!)).to.contain('Salud física');
  });
});

describe('Spanish words: plurals, dates, replacements', () => {
  it('guideline numbers take their plural form from Intl.PluralRules, in each language', async () => {
    const root = await fixture(
      html`<div>
        <haven-therapist-callout mode="guide"></haven-therapist-callout>
        <haven-therapist-callout lang="es" mode="guide"></haven-therapist-callout>
      </div>`,
    );
    await settle(root);
    const [en, es] = [...root.querySelectorAll('haven-therapist-callout')].map((el) =>
      text(shadow(el).querySelector('[part="sources"]')!),
    );
    expect(en).to.match(/guidelines \d+, \d+/);
    expect(es).to.match(/pautas \d+, \d+/);
    expect(es).to.match(/\d{1,2} de noviembre de 2026/);
    expect(es).to.not.match(/guidelines? \d/);
  });

  it("setStrings('es', …) replaces Spanish words only", async () => {
    setStrings('es', { quickExit: { link: 'Salir ya' } });
    try {
      const root = await fixture(
        html`<div>
          <haven-quick-exit lang="es"></haven-quick-exit><haven-quick-exit></haven-quick-exit>
        </div>`,
      );
      await settle(root);
      const [es, en] = root.querySelectorAll('haven-quick-exit');
      expect(text(es!)).to.equal('Salir ya');
      expect(text(en!)).to.equal('Exit this page');
    } finally {
      setStrings('es', { quickExit: { link: 'Salir de esta página' } });
    }
  });
});

describe("an editor's words for one element: the strings attribute", () => {
  afterEach(() => resetWarnings());

  it("replaces the element's words, in its language, as text", async () => {
    const OWN = '{"link": "<b>Salir</b> ya", "landmark": "Salida"}';
    const root = await fixture(
      html`<div lang="es">
        <haven-quick-exit strings=${OWN}></haven-quick-exit>
        <haven-quick-exit></haven-quick-exit>
      </div>`,
    );
    await settle(root);
    const [own, other] = root.querySelectorAll('haven-quick-exit');
    expect(text(own!)).to.equal('<b>Salir</b> ya');
    expect(shadow(own!).querySelector('b')).to.equal(null);
    expect(shadow(own!).querySelector('nav')!.getAttribute('aria-label')).to.equal('Salida');
    expect(text(other!)).to.equal('Salir de esta página');
  });

  it('takes lists and plural forms of the same shape, and re-renders when it changes', async () => {
    const el = await fixture(
      html`<haven-quick-exit-info strings='{"list": ["uno", "dos"]}'></haven-quick-exit-info>`,
    );
    await settle(el);
    expect(shadow(el).querySelectorAll('li')).to.have.length(2);
    el.setAttribute('strings', '{"limits": "Limits:"}');
    await settle(el);
    expect(shadow(el).querySelectorAll('li').length).to.be.greaterThan(2);
    expect(text(el)).to.contain('Limits:');
  });

  it('bad JSON, unknown keys and wrong shapes are left out, each with one console note', async () => {
    let els: Element[] = [];
    const logged = await captureConsole(async () => {
      const root = await fixture(
        html`<div>
          <haven-quick-exit strings="{not json"></haven-quick-exit>
          <haven-quick-exit strings='{"nope": "x", "link": ["a"]}'></haven-quick-exit>
        </div>`,
      );
      await settle(root);
      els = [...root.querySelectorAll('haven-quick-exit')];
    });
    expect(els.map(text)).to.deep.equal(['Exit this page', 'Exit this page']);
    expect(logged).to.have.length(3);
    expect(logged.join('\n'))
      .to.contain('not valid JSON')
      .and.contain('"nope"')
      .and.contain('"link"');
  });
});
