// The input kit (src/internal/input.ts, src/internal/warn.ts): one JSON-child controller,
// declared attribute checks and one problems collector. First on a small element of this file
// that uses only the kit, then on every element that reads a JSON child or a heading level, so
// a reader that stops using the kit (and its messages) fails here.
import { expect, fixture } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import '../src/define.js';
import { HEADING_LEVEL } from '../src/internal/heading.js';
import { checked, JsonChild, oneOf } from '../src/internal/input.js';
import { Problems, resetWarnings } from '../src/internal/warn.js';
import { captureConsole, settle, shadow } from './helpers.js';

const SIZE = oneOf('size', ['medium', 'small', 'large']);
const KEYS = ['title', 'items'];

/** Reads a JSON child with the kit and shows what it read. */
class KitProbe extends LitElement {
  static override properties = { size: {}, headingLevel: { attribute: 'heading-level' } };
  size = '';
  headingLevel = 'auto';
  json = new JsonChild(this);
  reads = 0;
  seen: { title?: unknown; size: string; level: number } = { size: '', level: 0 };

  override willUpdate(): void {
    this.reads += 1;
    const problems = new Problems(this);
    const data = this.json.read(problems, KEYS, true);
    if (data && typeof data.title !== 'string') problems.add('"title" is missing: add a text;');
    this.seen = {
      title: data?.title,
      size: checked(SIZE, this.size, problems),
      level: checked(HEADING_LEVEL, this.headingLevel, problems, this),
    };
    problems.say();
  }

  override render() {
    return html`<p>${String(this.seen.title ?? 'fallback')}</p>
      <slot hidden></slot>`;
  }
}
customElements.define('kit-probe', KitProbe);

/** Mounts a probe with `attrs` and a JSON child of `json` (none when null). */
async function probe(json: string | null, attrs = ''): Promise<KitProbe> {
  const box = document.createElement('div');
  const script = json === null ? '' : `<script type="application/json">${json}</script>`;
  box.innerHTML = `<kit-probe ${attrs}>${script}</kit-probe>`;
  const el = await fixture<KitProbe>(box.firstElementChild as KitProbe);
  await settle(el);
  return el;
}

const shown = (el: Element) => shadow(el).querySelector('p')!.textContent;

describe('the input kit', () => {
  beforeEach(() => resetWarnings());

  it('reads a JSON child; none at all is no problem', async () => {
    const logged = await captureConsole(async () => {
      expect(shown(await probe('{"title": "Hello"}'))).to.equal('Hello');
      expect(shown(await probe(null))).to.equal('fallback');
    });
    expect(logged).to.deep.equal([]);
  });

  it('malformed JSON: the fallback, and one line saying where and how to fix it', async () => {
    const logged = await captureConsole(async () => {
      const el = await probe('{"title": "Hello",}');
      expect(shown(el)).to.equal('fallback');
    });
    expect(logged).to.have.length(1);
    expect(logged[0]).to.match(/^<kit-probe>: the JSON child is not valid JSON \(.+\)/);
    expect(logged[0]).to.contain('check its quotes, commas and brackets');
  });

  it('not an object, unknown keys and a missing field are each named, with the fix', async () => {
    const logged = await captureConsole(async () => {
      expect(shown(await probe('["Hello"]'))).to.equal('fallback');
      expect(shown(await probe('{"title": "Hi", "colour": "red"}'))).to.equal('Hi');
      expect(shown(await probe('{"items": []}'))).to.equal('fallback');
    });
    expect(logged).to.have.length(3);
    expect(logged[0]).to.contain('the JSON child is not an object: write {"title": …}');
    expect(logged[1]).to.contain('unknown key(s) colour; use title, items');
    expect(logged[2]).to.contain('"title" is missing: add a text');
  });

  it('declared attribute checks: the default, and what it takes and what is used', async () => {
    const logged = await captureConsole(async () => {
      // First: `auto` (which an invalid level reads as) follows the headings before it.
      const bad = await probe(null, 'size="huge" heading-level="9"');
      expect(bad.seen).to.include({ size: 'medium', level: 2 });
      const ok = await probe(null, 'size="large" heading-level="4"');
      expect(ok.seen).to.include({ size: 'large', level: 4 });
      const empty = await probe(null, 'size=""');
      expect(empty.seen.size).to.equal('medium');
    });
    expect(logged).to.have.length(1);
    expect(logged[0]).to.equal(
      '<kit-probe>: size="huge" is not medium, small or large; using medium. heading-level="9" is not 2-6 or auto; using 2.',
    );
  });

  it('each problem is said once per element; only a new one is said again', async () => {
    const logged = await captureConsole(async () => {
      const el = await probe('{"title": 1}', 'size="huge"');
      el.requestUpdate();
      await settle(el);
      el.headingLevel = 'seven';
      await settle(el);
      // Another element with the same problems on the same page: the same line is not repeated.
      await probe('{"title": 1}', 'size="huge"');
      expect(el.reads).to.be.at.least(3);
    });
    expect(logged).to.deep.equal([
      '<kit-probe>: "title" is missing: add a text; size="huge" is not medium, small or large; using medium.',
      '<kit-probe>: heading-level="seven" is not 2-6 or auto; using 2.',
    ]);
  });

  it('reads the child again when a CMS changes its text, not on a slotchange that repeats it', async () => {
    const el = await probe('{"title": "One"}');
    const reads = el.reads;
    // The same text again: a slotchange, no second read.
    el.querySelector('script')!.replaceWith(
      Object.assign(document.createElement('script'), {
        type: 'application/json',
        textContent: '{"title": "One"}',
      }),
    );
    await settle(el);
    expect(el.reads, 'a read for the same text').to.equal(reads);
    el.querySelector('script')!.replaceWith(
      Object.assign(document.createElement('script'), {
        type: 'application/json',
        textContent: '{"title": "Two"}',
      }),
    );
    await settle(el);
    expect(shown(el), 'the changed text was never read').to.equal('Two');
  });
});

describe('every reader and heading level uses the kit', () => {
  beforeEach(() => resetWarnings());

  const mountTag = async (tag: string, attrs: string, children = '') => {
    const box = document.createElement('div');
    box.innerHTML = `<${tag} ${attrs}>${children}</${tag}>`;
    const el = await fixture(box.firstElementChild as HTMLElement);
    await settle(el);
    return el;
  };
  const child = (text: string) => `<script type="application/json">${text}</script>`;

  for (const tag of [
    'haven-wellbeing-table',
    'haven-wellbeing-plan',
    'haven-therapist-callout',
    'haven-resource-panel',
  ]) {
    it(`${tag}: malformed JSON is said once, with the kit's fix`, async () => {
      const logged = await captureConsole(async () => {
        const el = await mountTag(tag, '', child('{"oops": '));
        (el as HTMLElement & { requestUpdate(): void }).requestUpdate();
        await settle(el);
      });
      expect(logged, tag).to.have.length(1);
      expect(logged[0]).to.contain(`<${tag}>: `);
      expect(logged[0]).to.contain('the JSON child is not valid JSON (');
      expect(logged[0]).to.contain('check its quotes, commas and brackets');
    });
  }

  for (const [tag, json, says] of [
    ['haven-wellbeing-table', '{"columns": ["Area", "Idea"]}', '"rows" must be a list'],
    ['haven-wellbeing-plan', '{"areas": [{"suggestions": ["Rest"]}]}', 'with a "label"'],
    ['haven-therapist-callout', '{"phone": "714-975-8893"}', 'no practice name'],
    ['haven-resource-panel', '[{"phone": "714-975-8893"}]', 'has no name'],
  ]) {
    it(`${tag}: a missing field is named once`, async () => {
      const logged = await captureConsole(async () => {
        await mountTag(tag!, '', child(json!));
      });
      expect(logged, tag).to.have.length(1);
      expect(logged[0]).to.contain(says);
    });
  }

  for (const tag of [
    'haven-myth-fact content-id="myths/risk-varies"',
    'haven-myth-facts',
    'haven-wellbeing-plan',
    'haven-therapist-callout',
    'haven-resource name="Example Line"',
    'haven-resource-panel',
  ]) {
    const name = tag.split(' ')[0]!;
    it(`${name}: heading-level="9" is checked by the one declaration`, async () => {
      const logged = await captureConsole(async () => {
        await mountTag(name, `${tag.slice(name.length)} heading-level="9"`);
      });
      expect(logged, name).to.have.length(1);
      expect(logged[0]).to.contain(`<${name}>: `);
      expect(logged[0]).to.contain('heading-level="9" is not 2-6 or auto; using ');
    });
  }
});
