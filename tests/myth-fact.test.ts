import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { HavenMythFact } from '../components/myth-fact/myth-fact.component.js';
import { mythFactExamples as set } from '../components/myth-fact/myth-fact.examples.js';
import { example } from '../src/examples.js';
import { getMyth } from '../src/content/registry.js';
import { resetWarnings } from '../src/internal/warn.js';
import {
  axOf,
  captureConsole,
  deepText,
  mount,
  settle,
  shadow,
  withPrint,
  within,
} from './helpers.js';

const card = (name: string) => mount<HavenMythFact>(set, example(set, name));

/** The accessible name Chromium computes for the card's <article>. */
function articleLabel(el: HavenMythFact): string {
  const article = shadow(el).querySelector('article')!;
  const labelled = article.getAttribute('aria-labelledby')!;
  return deepText(shadow(el).getElementById(labelled)!).replace(/\s+/g, ' ').trim();
}

describe('<haven-myth-fact>', () => {
  it('leads with the fact as a heading, an h2 when no heading comes before it', async () => {
    const el = await card('default');
    const item = getMyth('myths/not-a-mental-illness')!;
    const h = shadow(el).querySelector('h2')!;
    expect(h, 'h2').to.exist;
    expect(deepText(h).trim()).to.equal(item.fact);
    expect(shadow(el).querySelectorAll('h1, h3, h4, h5, h6')).to.have.length(0);
    expect(articleLabel(el)).to.equal(item.fact);
    // What the engine exposes to screen readers: a heading with the fact (level 2: the h2
    // above), the myth not a heading, and the article named by the fact.
    const [heading, myth, article] = await axOf([
      h,
      shadow(el).querySelector('[part="myth"]')!,
      shadow(el).querySelector('article')!,
    ]);
    expect(heading).to.deep.equal({ role: 'heading', name: item.fact });
    expect(myth!.role).to.not.equal('heading');
    expect(article!.name).to.equal(item.fact);
  });

  it('labels the myth as a myth, visibly and for screen readers, and never makes it a heading', async () => {
    const el = await card('default');
    const item = getMyth('myths/not-a-mental-illness')!;
    const myth = shadow(el).querySelector('[part="myth"]')!;
    expect(myth.tagName).to.equal('P');
    expect(deepText(myth).replace(/\s+/g, ' ').trim()).to.equal(`Common myth: ${item.myth}`);
    const label = shadow(el).querySelector('[part="myth-label"]')!;
    expect(label.getBoundingClientRect().width, 'label is visible').to.be.greaterThan(0);
  });

  it('orders fact, myth, explanation, sources by default', async () => {
    const el = await card('default');
    const parts = [...shadow(el).querySelectorAll('[part]')].map((p) => p.getAttribute('part'));
    const order = ['heading', 'myth', 'explanation', 'sources'].map((p) => parts.indexOf(p));
    expect(order).to.deep.equal([...order].sort((a, b) => a - b));
    expect(order.every((i) => i >= 0)).to.equal(true);
  });

  it('myth-first puts the myth first but keeps the fact as heading and name', async () => {
    const el = await card('myth-first');
    const item = getMyth('myths/many-kinds-of-work')!;
    const parts = [...shadow(el).querySelectorAll('[part]')].map((p) => p.getAttribute('part'));
    expect(parts.indexOf('myth')).to.be.lessThan(parts.indexOf('heading'));
    expect(deepText(shadow(el).querySelector('h2')!).trim()).to.equal(item.fact);
    expect(articleLabel(el)).to.equal(item.fact);
  });

  for (const level of [2, 3, 4, 5, 6]) {
    it(`heading-level=${level} renders an h${level}`, async () => {
      const el = await fixture<HavenMythFact>(
        html`<haven-myth-fact
          content-id="myths/risk-varies"
          heading-level=${level}
        ></haven-myth-fact>`,
      );
      expect(shadow(el).querySelector(`h${level}`)).to.exist;
      expect(shadow(el).querySelectorAll('h1, h2, h3, h4, h5, h6')).to.have.length(1);
    });
  }

  it('falls back to the automatic level and warns once for an out-of-range heading level', async () => {
    resetWarnings();
    const logged = await captureConsole(async () => {
      await card('bad-heading-level');
      await card('bad-heading-level');
    });
    expect(logged).to.have.length(1);
    expect(logged[0]).to.contain('heading-level="9" is not 2-6 or auto; using 2');
  });

  it('shows sources with guideline numbers and the review date', async () => {
    const el = await card('default');
    const text = deepText(shadow(el).querySelector('[part="sources"]')!).replace(/\s+/g, ' ');
    expect(text).to.contain('Sources');
    expect(text).to.match(
      /Guidelines: Mental Health Professionals Working with Individuals Involved in the Sex Trade.*, guideline 1/,
    );
    const time = shadow(el).querySelector('time')!;
    const reviewed = getMyth('myths/not-a-mental-illness')!.reviewed;
    expect(time.getAttribute('datetime')).to.equal(reviewed);
    const [year, month, day] = reviewed.split('-').map(Number) as [number, number, number];
    const name = new Date(Date.UTC(year, month - 1, 15)).toLocaleString('en-US', {
      month: 'long',
      timeZone: 'UTC',
    });
    expect(time.textContent).to.equal(`${name} ${day}, ${year}`);
  });

  it('no-sources hides sources and review date', async () => {
    const el = await card('no-sources');
    expect(shadow(el).querySelector('[part="sources"]')).to.equal(null);
  });

  describe('collapsed', () => {
    it('hides the explanation behind a real button with aria-expanded and aria-controls', async () => {
      const el = await card('collapsed');
      const button = shadow(el).querySelector('button')!;
      const explanation = shadow(el).getElementById(button.getAttribute('aria-controls')!)!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(getComputedStyle(explanation).display).to.equal('none');
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(getComputedStyle(explanation).display).to.equal('block');
      expect(deepText(explanation).trim().length).to.be.greaterThan(20);
    });

    it('opens and closes from the keyboard (Tab to the button, Enter and Space)', async () => {
      const el = await card('collapsed');
      const button = shadow(el).querySelector('button')!;
      button.focus();
      expect(shadow(el).activeElement).to.equal(button);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      // The space bar (" " is its name in every driver's key table).
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });

    it('fires haven-reveal with the content id when a visitor opens it, not when closing', async () => {
      const el = await card('collapsed');
      const button = shadow(el).querySelector('button')!;
      const events: CustomEvent[] = [];
      document.addEventListener('haven-reveal', (e) => events.push(e));
      setTimeout(() => button.click());
      const event = await within(oneEvent(el, 'haven-reveal'), 'haven-reveal after a click');
      expect(event.detail).to.deep.equal({ id: 'myths/no-rescue-needed' });
      expect(event.bubbles && event.composed).to.equal(true);
      button.click();
      await el.updateComplete;
      expect(events, 'one event: closing does not fire').to.have.length(1);
    });

    it('does not fire haven-reveal on programmatic changes', async () => {
      const el = await card('collapsed');
      let fired = 0;
      el.addEventListener('haven-reveal', () => (fired += 1));
      el.collapsed = false;
      await el.updateComplete;
      el.collapsed = true;
      el.contentId = 'myths/risk-varies';
      await el.updateComplete;
      expect(fired).to.equal(0);
    });

    it('prints expanded, without the button', async () => {
      const el = await card('collapsed');
      await withPrint(async () => {
        const explanation = shadow(el).querySelector('[part="explanation"]')!;
        expect(getComputedStyle(explanation).display).to.equal('block');
        expect(getComputedStyle(shadow(el).querySelector('button')!).display).to.equal('none');
      });
    });
  });

  describe('editor-authored content', () => {
    it('uses every slot and keeps a slotted heading as the heading', async () => {
      const el = await card('editor-authored');
      const h3 = el.querySelector('h3[slot="fact"]')!;
      expect(
        shadow(el).querySelectorAll('h1, h2, h3, h4, h5, h6'),
        'no heading wraps it',
      ).to.have.length(0);
      expect(articleLabel(el)).to.equal(h3.textContent!.trim());
      const myth = deepText(shadow(el).querySelector('[part="myth"]')!).replace(/\s+/g, ' ').trim();
      expect(myth).to.equal('Common myth: A therapist will only want to talk about your work.');
      expect(deepText(shadow(el).querySelector('[part="explanation"]')!)).to.contain(
        'You set the goals',
      );
      const sources = deepText(shadow(el).querySelector('[part="sources"]')!);
      expect(sources).to.contain("Our practice's approach");
      expect(sources).to.contain('October 1, 2026');
    });

    it('is readable before the element is defined (plain light DOM)', async () => {
      const el = document.createElement('haven-myth-fact-undefined-copy');
      el.innerHTML = example(set, 'editor-authored').children!;
      document.body.append(el);
      try {
        expect(el.innerText).to.contain('Therapy can focus on whatever you came for.');
        expect(el.innerText).to.contain('A therapist will only want to talk about your work.');
      } finally {
        el.remove();
      }
    });

    it('lets a slot override one field of a built-in item', async () => {
      const el = await card('override-fact');
      const item = getMyth('myths/stigma-not-the-work')!;
      expect(articleLabel(el)).to.equal('Stigma, not the work itself, causes much of the harm.');
      expect(deepText(shadow(el).querySelector('[part="myth"]')!)).to.contain(item.myth);
    });

    it('renders hostile text as text', async () => {
      const el = await card('hostile-text');
      expect(shadow(el).querySelector('img, script')).to.equal(null);
      expect(el.querySelector('img, script')).to.equal(null);
      expect(articleLabel(el)).to.contain('<img src=x');
    });
  });

  describe('fallbacks', () => {
    it('an unknown content-id shows a neutral note and warns once, naming valid ids', async () => {
      resetWarnings();
      let el!: HavenMythFact;
      const logged = await captureConsole(async () => {
        el = await card('unknown-id');
        await card('unknown-id');
      });
      expect(deepText(shadow(el)).trim()).to.equal('This card is not available right now.');
      expect(logged).to.have.length(1);
      expect(logged[0]).to.contain('myths/not-a-mental-illness');
    });

    it('an id from before a rename shows the renamed card and says once to use the new id', async () => {
      resetWarnings();
      let el!: HavenMythFact;
      const logged = await captureConsole(async () => {
        el = await card('renamed-id');
        await card('renamed-id');
      });
      expect(articleLabel(el)).to.equal(getMyth('myths/staying-or-leaving')!.fact);
      expect(logged).to.have.length(1);
      expect(logged[0]).to.contain(
        '"myths/leaving-is-not-the-goal" is now "myths/staying-or-leaving"',
      );
    });

    it('recovers when the content id is corrected', async () => {
      const el = await card('unknown-id');
      el.contentId = 'myths/every-gender';
      await settle(el);
      expect(deepText(shadow(el).querySelector('h2')!).trim()).to.equal(
        getMyth('myths/every-gender')!.fact,
      );
    });

    it('renders content a CMS adds after the element upgraded', async () => {
      const el = await card('no-content');
      const fact = document.createElement('span');
      fact.slot = 'fact';
      fact.textContent = 'Added later';
      el.append(fact);
      await settle(el);
      expect(articleLabel(el)).to.equal('Added later');
    });
  });

  it('takes theming tokens from an ancestor', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div class="themed">
        <haven-myth-fact content-id="myths/risk-varies"></haven-myth-fact>
      </div>`,
    );
    const el = wrapper.querySelector('haven-myth-fact')!;
    await settle(el);
    const base = shadow(el).querySelector('[part="base"]')!;
    const before = getComputedStyle(base).borderInlineStartColor;
    wrapper.style.setProperty('--haven-color-accent', 'rgb(200, 0, 100)');
    expect(getComputedStyle(base).borderInlineStartColor).to.equal('rgb(200, 0, 100)');
    wrapper.style.setProperty('--haven-myth-fact-accent', 'rgb(0, 120, 0)');
    expect(getComputedStyle(base).borderInlineStartColor, 'component token wins').to.equal(
      'rgb(0, 120, 0)',
    );
    expect(before).to.not.equal('rgb(200, 0, 100)');
  });

  it('follows a dark color-scheme on the page', async () => {
    const el = await card('default');
    const base = shadow(el).querySelector('[part="base"]')!;
    const light = getComputedStyle(base).backgroundColor;
    document.documentElement.style.colorScheme = 'dark';
    try {
      expect(getComputedStyle(base).backgroundColor).to.not.equal(light);
    } finally {
      document.documentElement.style.colorScheme = '';
    }
  });

  it('renders no inline style attribute', async () => {
    const el = await card('collapsed');
    shadow(el).querySelector('button')!.click();
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('[style]')).to.have.length(0);
  });
});

describe('define()', () => {
  it('is idempotent: defining a tag again, or the class under another bundle, never throws', () => {
    expect(() => HavenMythFact.define('haven-myth-fact')).to.not.throw();
    class Copy extends HavenMythFact {}
    expect(() => Copy.define('haven-myth-fact')).to.not.throw();
    expect(customElements.get('haven-myth-fact')).to.equal(HavenMythFact);
  });
});
