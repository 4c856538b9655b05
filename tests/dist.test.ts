// The built bundles in a real page (npm test builds before it runs the browser tests).
import { expect, waitUntil } from '@open-wc/testing';
import { deepText, frameLoad } from './helpers.js';

async function frameWith(body: string, lang = 'en'): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'bundle test';
  document.body.append(frame);
  await frameLoad(
    frame,
    () => (frame.srcdoc = `<!doctype html><html lang="${lang}"><body>${body}</body></html>`),
    'the test page loaded in its frame',
  );
  return frame;
}

async function rendered(frame: HTMLIFrameElement, tag: string): Promise<Element> {
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined(tag);
  const el = frame.contentDocument!.querySelector(tag) as Element & {
    updateComplete: Promise<unknown>;
  };
  await el.updateComplete;
  return el;
}

describe('dist bundles', () => {
  it('haven.classic.js works as a plain script and exposes HavenWidgets', async () => {
    const frame = await frameWith(
      '<haven-myth-fact content-id="myths/risk-varies"></haven-myth-fact><script src="/dist/haven.classic.js"></script>',
    );
    const el = await rendered(frame, 'haven-myth-fact');
    expect(deepText(el)).to.contain('Risk differs between kinds of work');
    const win = frame.contentWindow as unknown as { HavenWidgets?: Record<string, unknown> };
    expect(win.HavenWidgets?.HavenMythFact).to.be.a('function');
    frame.remove();
  });

  it('haven.js works from one module script tag', async () => {
    const frame = await frameWith(
      '<haven-myth-facts ids="myths/every-gender"></haven-myth-facts><script type="module" src="/dist/haven.js"></script>',
    );
    const el = await rendered(frame, 'haven-myth-facts');
    const card = el.shadowRoot!.querySelector('haven-myth-fact') as Element & {
      updateComplete: Promise<unknown>;
    };
    await card.updateComplete;
    expect(deepText(el)).to.contain('People of every gender do sex work');
    frame.remove();
  });

  it('haven-loader.js loads only what the page uses, from chunks', async () => {
    const frame = await frameWith(
      '<haven-myth-fact content-id="myths/risk-varies"></haven-myth-fact><script type="module" src="/dist/haven-loader.js"></script>',
    );
    const el = await rendered(frame, 'haven-myth-fact');
    expect(deepText(el)).to.contain('Risk differs between kinds of work');
    const loaded = frame.contentWindow!.performance.getEntriesByType('resource').map((e) => e.name);
    expect(loaded.some((u) => /\/dist\/chunks\/myth-fact-/.test(u))).to.equal(true);
    expect(
      loaded.some((u) => /\/dist\/chunks\/myth-facts-/.test(u)),
      'no unused element',
    ).to.equal(false);
    frame.remove();
  });

  /** Every chunk and bundle the frame loaded, by file name. */
  const files = (frame: HTMLIFrameElement) =>
    frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((e) => e.name.replace(/^.*\/dist\//, ''));

  it('haven-loader.js on an English page loads no Spanish chunk', async () => {
    const frame = await frameWith(
      '<haven-myth-facts></haven-myth-facts><haven-wellbeing-table></haven-wellbeing-table><script type="module" src="/dist/haven-loader.js"></script>',
    );
    await rendered(frame, 'haven-myth-facts');
    await rendered(frame, 'haven-wellbeing-table');
    await new Promise((r) => setTimeout(r, 200)); // give any stray import a chance to land
    const loaded = files(frame);
    expect(
      loaded.some((f) => /myth-fact/.test(f)),
      'the element chunks',
    ).to.equal(true);
    expect(
      loaded.filter((f) => /\.es-|-es-/.test(f)),
      'Spanish chunks',
    ).to.deep.equal([]);
    frame.remove();
  });

  it('haven-loader.js on a Spanish page loads the Spanish chunks, same-origin, and shows Spanish', async () => {
    const frame = await frameWith(
      '<haven-myth-fact content-id="myths/risk-varies"></haven-myth-fact><script type="module" src="/dist/haven-loader.js"></script>',
      'es-US',
    );
    const el = await rendered(frame, 'haven-myth-fact');
    expect(deepText(el)).to.contain('El riesgo cambia según el tipo de trabajo');
    expect(deepText(el)).to.contain('Mito común');
    const loaded = frame.contentWindow!.performance.getEntriesByType('resource').map((e) => e.name);
    expect(
      loaded.every((u) => new URL(u).origin === location.origin),
      'same origin',
    ).to.equal(true);
    expect(
      files(frame).some((f) => /myth-fact\.es-/.test(f)),
      'the Spanish chunk',
    ).to.equal(true);
    frame.remove();
  });

  it('haven-loader.js loads Spanish for a Spanish section of an English page only', async () => {
    const frame = await frameWith(
      '<haven-quick-exit-info></haven-quick-exit-info><div lang="es"><haven-myth-fact content-id="myths/every-gender"></haven-myth-fact></div><script type="module" src="/dist/haven-loader.js"></script>',
    );
    const card = await rendered(frame, 'haven-myth-fact');
    const info = await rendered(frame, 'haven-quick-exit-info');
    expect(deepText(card)).to.contain('Personas de todos los géneros');
    expect(deepText(info)).to.contain('Quick exit hides this page');
    const loaded = files(frame);
    expect(loaded.some((f) => /myth-fact\.es-/.test(f))).to.equal(true);
    expect(
      loaded.some((f) => /quick-exit-info\.es-/.test(f)),
      'no Spanish for English',
    ).to.equal(false);
    frame.remove();
  });

  describe('haven-loader.js brings the myth/fact texts one id at a time', () => {
    const LOADER = '<script type="module" src="/dist/haven-loader.js"></script>';
    // Before the loader: every console warning the page gives, for the assertions.
    const CAPTURE =
      '<script>window.warnings=[];const w=console.warn;console.warn=(...a)=>{warnings.push(a.join(" "));w(...a)}</script>';
    const warnings = (frame: HTMLIFrameElement) =>
      (frame.contentWindow as unknown as { warnings: string[] }).warnings;
    /** The text chunks the frame loaded: content-myths.<slug>[.es] for one id, content-myths[-es] for all. */
    const texts = (frame: HTMLIFrameElement) =>
      files(frame)
        .filter((f) => f.startsWith('chunks/content-myths'))
        .map((f) => f.replace(/^chunks\//, '').replace(/-[\w-]{8}\.js$/, ''))
        .sort();

    it("a page with one card loads that card's text and no other, before the card renders", async () => {
      const frame = await frameWith(
        `${CAPTURE}<haven-myth-fact content-id="myths/risk-varies"></haven-myth-fact>${LOADER}`,
      );
      const el = await rendered(frame, 'haven-myth-fact');
      // The first render already has it: the text arrived before the element was defined.
      expect(deepText(el)).to.contain('Risk differs between kinds of work');
      await new Promise((r) => setTimeout(r, 200)); // give any stray import a chance to land
      expect(texts(frame)).to.deep.equal(['content-myths.risk-varies']);
      expect(files(frame).some((f) => f.startsWith('chunks/content-ids.es-'))).to.equal(false);
      expect(warnings(frame)).to.deep.equal([]);
      frame.remove();
    });

    it("an old id of a renamed card loads the renamed card's text, with one note", async () => {
      const frame = await frameWith(
        `${CAPTURE}<haven-myth-fact content-id="myths/leaving-is-not-the-goal"></haven-myth-fact><haven-myth-fact content-id="myths/leaving-is-not-the-goal"></haven-myth-fact>${LOADER}`,
      );
      const el = await rendered(frame, 'haven-myth-fact');
      expect(deepText(el)).to.contain('Clients decide for themselves whether to keep working');
      expect(texts(frame)).to.deep.equal(['content-myths.staying-or-leaving']);
      expect(warnings(frame)).to.deep.equal([
        '<haven-myth-fact>: content id "myths/leaving-is-not-the-goal" is now "myths/staying-or-leaving": the old id still works, but use the new one.',
      ]);
      frame.remove();
    });

    it('a content-id set later loads its text and renders it, with no unknown-id message', async () => {
      const frame = await frameWith(
        `${CAPTURE}<haven-myth-fact content-id="myths/risk-varies"></haven-myth-fact>${LOADER}`,
      );
      const el = (await rendered(frame, 'haven-myth-fact')) as Element & {
        updateComplete: Promise<unknown>;
      };
      el.setAttribute('content-id', 'myths/every-gender');
      await el.updateComplete;
      // While its text is on its way the card shows no "not available" note.
      expect(deepText(el)).not.to.contain('not available');
      await waitUntil(
        () => deepText(el).includes('People of every gender do sex work'),
        'no new text',
        {
          timeout: 5000,
        },
      );
      expect(deepText(el)).to.contain('People of every gender do sex work');
      expect(texts(frame)).to.deep.equal([
        'content-myths.every-gender',
        'content-myths.risk-varies',
      ]);
      // A card added later, with an id not loaded yet, gets its text too.
      const later = frame.contentDocument!.createElement('haven-myth-fact');
      later.setAttribute('content-id', 'myths/mens-trauma');
      frame.contentDocument!.body.append(later);
      await waitUntil(
        () => deepText(later).includes("Male sex workers' trauma is often overlooked"),
        'no text for the card added later',
        { timeout: 5000 },
      );
      expect(deepText(later)).to.contain("Male sex workers' trauma is often overlooked");
      expect(warnings(frame)).to.deep.equal([]);
      frame.remove();
    });

    it('an unknown id warns once, naming the ids that work, and the card shows its note', async () => {
      const frame = await frameWith(
        `${CAPTURE}<haven-myth-fact content-id="myths/no-such-card"></haven-myth-fact><haven-myth-fact content-id="myths/no-such-card"></haven-myth-fact>${LOADER}`,
      );
      const el = await rendered(frame, 'haven-myth-fact');
      const [second] = [...frame.contentDocument!.querySelectorAll('haven-myth-fact')].slice(1);
      await (second as Element & { updateComplete: Promise<unknown> }).updateComplete;
      expect(deepText(el)).to.contain('This card is not available right now.');
      const unknown = warnings(frame).filter((w) => w.includes('unknown content-id'));
      expect(unknown).to.have.length(1);
      expect(unknown[0]).to.contain('"myths/no-such-card"');
      // Ids whose texts this page never loaded are named too.
      expect(unknown[0]).to.contain('myths/risk-varies, myths/staying-or-leaving');
      expect(texts(frame)).to.deep.equal([]);
      frame.remove();
    });

    it('a Spanish card loads its Spanish text alone', async () => {
      const frame = await frameWith(
        `<haven-myth-fact content-id="myths/every-gender"></haven-myth-fact>${LOADER}`,
        'es-MX',
      );
      const el = await rendered(frame, 'haven-myth-fact');
      expect(deepText(el)).to.contain('Personas de todos los géneros');
      expect(texts(frame)).to.deep.equal(['content-myths.every-gender.es']);
      frame.remove();
    });

    it("a group loads its ids' texts, its topic's (in the pack's order), or the whole pack", async () => {
      const cases = [
        [
          'ids="myths/every-gender myths/risk-varies"',
          ['content-myths.every-gender', 'content-myths.risk-varies'],
        ],
        ['topic="safety"', ['content-myths.risk-varies', 'content-myths.stigma-not-the-work']],
        ['', ['content-myths']],
      ] as const;
      for (const [attrs, expected] of cases) {
        const frame = await frameWith(`<haven-myth-facts ${attrs}></haven-myth-facts>${LOADER}`);
        const group = await rendered(frame, 'haven-myth-facts');
        const cards = [...group.shadowRoot!.querySelectorAll('haven-myth-fact')];
        expect(texts(frame), attrs).to.deep.equal(expected);
        if (attrs.startsWith('topic'))
          expect(cards.map((c) => c.getAttribute('content-id'))).to.deep.equal([
            'myths/risk-varies',
            'myths/stigma-not-the-work',
          ]);
        else expect(cards, attrs).to.have.length(attrs ? 2 : 14);
        frame.remove();
      }
    });
  });

  it('haven.es.js shows Spanish on a Spanish page and English on an English one', async () => {
    for (const [lang, words] of [
      ['es', 'Salir de esta página'],
      ['en', 'Exit this page'],
    ] as const) {
      const frame = await frameWith(
        '<haven-quick-exit></haven-quick-exit><script type="module" src="/dist/haven.es.js"></script>',
        lang,
      );
      expect(deepText(await rendered(frame, 'haven-quick-exit'))).to.contain(words);
      frame.remove();
    }
  });
});
