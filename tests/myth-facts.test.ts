import { expect } from '@open-wc/testing';
import '../src/define.js';
import type { HavenMythFacts } from '../components/myth-facts/myth-facts.component.js';
import { mythFactsExamples as set } from '../components/myth-facts/myth-facts.examples.js';
import { example } from '../src/examples.js';
import { listMyths } from '../src/content/registry.js';
import { deepText, mount, setViewport, shadow } from './helpers.js';

const group = (name: string) => mount<HavenMythFacts>(set, example(set, name));
const cards = (el: HavenMythFacts) => [...shadow(el).querySelectorAll('haven-myth-fact')];

describe('<haven-myth-facts>', () => {
  it('shows every built-in card under an h2, with cards at h3, as a list', async () => {
    const el = await group('default');
    expect(cards(el)).to.have.length(listMyths().length);
    expect(listMyths().length).to.be.at.least(12);
    expect(shadow(el).querySelector('h2')!.textContent).to.equal(
      'Myths and facts about sex work and therapy',
    );
    // A section, but not a named region: two groups with one heading would make two
    // landmarks of the same name (axe's landmark-unique), and the heading already leads to it.
    expect(shadow(el).querySelector('section')!.hasAttribute('aria-labelledby')).to.equal(false);
    expect(shadow(el).querySelectorAll('ul > li > haven-myth-fact')).to.have.length(
      listMyths().length,
    );
    expect(cards(el).every((c) => c.shadowRoot!.querySelector('h3'))).to.equal(true);
  });

  it('filters by topic', async () => {
    const el = await group('topic');
    const ids = cards(el).map((c) => c.getAttribute('content-id'));
    expect(ids).to.deep.equal(listMyths('therapy').map((m) => m.id));
    expect(ids.length).to.be.greaterThan(0).and.lessThan(listMyths().length);
    expect(deepText(shadow(el).querySelector('[part="intro"]')!)).to.contain('Common assumptions');
  });

  it('shows given ids in the given order and passes collapsed down', async () => {
    const el = await group('ids');
    expect(cards(el).map((c) => c.getAttribute('content-id'))).to.deep.equal([
      'myths/every-gender',
      'myths/many-kinds-of-work',
      'myths/risk-varies',
    ]);
    expect(cards(el).every((c) => c.hasAttribute('collapsed'))).to.equal(true);
  });

  it("shows the editor's own cards instead of built-in ones", async () => {
    const el = await group('editor-cards');
    expect(cards(el)).to.have.length(0);
    const slot = shadow(el).querySelector<HTMLSlotElement>('[part="list"] slot')!;
    expect(slot.assignedElements().map((e) => e.tagName)).to.deep.equal([
      'HAVEN-MYTH-FACT',
      'HAVEN-MYTH-FACT',
    ]);
  });

  it('without a heading, cards take heading-level and the wrapper is not a region', async () => {
    const el = await group('no-heading');
    expect(shadow(el).querySelector('section, h2')).to.equal(null);
    expect(cards(el).every((c) => c.getAttribute('heading-level') === '3')).to.equal(true);
  });

  it('an unknown topic shows a neutral note', async () => {
    const el = await group('unknown-topic');
    expect(deepText(shadow(el)).trim()).to.equal('There are no cards to show here yet.');
  });

  it('unknown ids are skipped, known ones shown', async () => {
    const el = await group('some-unknown-ids');
    expect(cards(el).map((c) => c.getAttribute('content-id'))).to.deep.equal([
      'myths/every-gender',
    ]);
  });

  it('lays cards out in columns on a wide screen and one column at 320 px, without overflow', async () => {
    await setViewport({ width: 1200, height: 900 });
    const el = await group('default');
    const lefts = () => new Set(cards(el).map((c) => Math.round(c.getBoundingClientRect().left)));
    expect(lefts().size).to.be.greaterThan(1);
    const narrow = await setViewport({ width: 320, height: 640 });
    expect(lefts().size).to.equal(1);
    expect(document.documentElement.scrollWidth).to.be.at.most(narrow);
    for (const c of cards(el)) expect(c.getBoundingClientRect().right).to.be.at.most(narrow);
    await setViewport({ width: 800, height: 600 });
  });
});
