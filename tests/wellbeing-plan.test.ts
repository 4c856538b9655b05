import { expect, fixture, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { wellbeingPlanExamples as set } from '../components/wellbeing-plan/wellbeing-plan.examples.js';
import { wellbeingPlanStrings as en } from '../components/wellbeing-plan/wellbeing-plan.strings.js';
import { wellbeingPlanStringsEs as es } from '../content/es/strings/wellbeing-plan.js';
import { example, renderExample } from '../src/examples.js';
import { setStrings } from '../src/i18n/index.js';
import { exitEnv, restorePage } from '../components/quick-exit/quick-exit.parts.js';
import { resetWarnings } from '../src/internal/warn.js';
import {
  axeViolations,
  captureConsole,
  clean,
  deepText,
  engine,
  motionAndInlineStyles,
  mount,
  q,
  setViewport,
  settle,
  shadow,
  withForcedColors,
  withPrint,
  until,
  frameLoad,
} from './helpers.js';

type Plan = HTMLElement & { updateComplete: Promise<boolean> };

const press = (key: string) => sendKeys({ press: key });
/** Types `text` one key at a time (WebKit's driver drops spaces and repeated letters typed at once). */
async function type(text: string): Promise<void> {
  for (const key of text) {
    if (engine === 'webkit' && key !== key.toLowerCase())
      await executeServerCommand('haven-shift-type', { text: key });
    else await sendKeys({ press: key });
  }
}

/** The focused element inside the plan's shadow root. */
const focused = (el: Element) => shadow(el).activeElement as HTMLElement | null;
/** The live region's text. */
const status = (el: Element) => clean(shadow(el).querySelector('[role="status"]')!.textContent!);
/** The legend of the step on show, or '' when the plan is on show. */
const stepShown = (el: Element) =>
  clean(q(el, '.step:not([hidden]) > legend')[0]?.textContent ?? '');
const planText = (el: Element) => clean(deepText(shadow(el).querySelector('.plan') ?? el));
/** Every field's value, check boxes as "on"/"off": all empty after a clear. */
const fields = (el: Element) =>
  q(el, 'input').map((i) =>
    (i as HTMLInputElement).type === 'checkbox'
      ? (i as HTMLInputElement).checked
        ? 'on'
        : 'off'
      : (i as HTMLInputElement).value,
  );
const button = (el: Element, label: string) =>
  q(el, 'button').find((b) => clean(b.textContent!) === label)!;

/** Presses the button labelled `label`, and waits for the element to render. */
async function tap(el: Element, label: string): Promise<void> {
  button(el, label).click();
  await settle(el);
}

/**
 * Presses Copy and waits until the result is announced: the real clipboard answers when the
 * engine gets to it, which under load can be later than the next task.
 */
async function copy(el: Plan): Promise<void> {
  const before = status(el);
  await tap(el, en.copy);
  await waitUntil(() => status(el) !== before, 'Copy announced nothing', { timeout: 5000 });
  await settle(el);
}

async function plan(name = 'default'): Promise<Plan> {
  resetWarnings();
  return mount<Plan>(set, example(set, name));
}

/** Fills every step with the mouse-free helpers the visitor's keyboard would reach. */
async function fill(el: Plan): Promise<void> {
  (q(el, 'input[name="v"]')[0] as HTMLInputElement).click();
  (q(el, '#o0')[0] as HTMLInputElement).value = 'Being there for my sister';
  await tap(el, en.next);
  (q(el, 'input[name="g0"]')[0] as HTMLInputElement).click();
  (q(el, '#a0')[0] as HTMLInputElement).value = 'Walk twice a week';
  await tap(el, en.next);
  (q(el, 'input[name="r"]')[1] as HTMLInputElement).click();
  await tap(el, en.show);
}

/** True when nothing the visitor chose or wrote is left anywhere in the element. */
function empty(el: Plan): boolean {
  const words = ['Being there for my sister', 'Walk twice a week'];
  const text = deepText(el) + fields(el).join('|');
  return (
    !shadow(el).querySelector('.plan') &&
    fields(el).every((v) => v === '' || v === 'off') &&
    words.every((w) => !text.includes(w)) &&
    stepShown(el) === en.values
  );
}

describe('<haven-wellbeing-plan>', () => {
  afterEach(() => {
    setStrings({ wellbeingPlan: en });
  });

  it('is a real form: fieldsets with legends, labelled fields, autocomplete off', async () => {
    const el = await plan();
    const form = shadow(el).querySelector('form')!;
    expect(form.getAttribute('autocomplete')).to.equal('off');
    const steps = q(el, 'form > fieldset.step');
    expect(steps.map((f) => clean(f.querySelector('legend')!.textContent!))).to.deep.equal([
      en.values,
      en.goals,
      en.review,
    ]);
    // The well-being table's five areas, each a fieldset with its strategies and examples.
    const areas = q(el, 'fieldset.area > legend').map((l) => clean(l.textContent!));
    expect(areas).to.deep.equal([
      'Physical health',
      'Mental and emotional self-care',
      'Social support',
      'Legal rights and advocacy',
      'Harm reduction',
    ]);
    expect(clean(deepText(q(el, 'fieldset.area')[0]!))).to.contain('Regular exercise');
    for (const input of q(el, 'input')) {
      expect(input.getAttribute('autocomplete'), input.outerHTML).to.equal('off');
      const label = input.closest('label') ?? shadow(el).querySelector(`label[for="${input.id}"]`);
      expect(clean(label?.textContent ?? ''), input.outerHTML).to.not.equal('');
    }
    // The suggestions' sources and review date, like the table's.
    expect(clean(deepText(q(el, '[part="sources"]')[0]!))).to.contain(
      'Building Well-Being Through Coping in Sex Work',
    );
    expect(q(el, '[part="shared-note"]')[0]!.textContent).to.contain('shared device');
  });

  it('every step by keyboard alone, with the step announced and focus moved to it', async () => {
    const el = await plan();
    // Step 1: Tab to the first value, tick it, Tab to the own-words field, type, Enter.
    await press('Tab');
    expect(focused(el)?.getAttribute('name')).to.equal('v');
    await press(' ');
    for (let i = 0; i < en.valueWords.length; i += 1) await press('Tab');
    expect(focused(el)?.id).to.equal('o0');
    await type('Being there for my sister');
    await press('Enter');
    await settle(el);
    expect(stepShown(el)).to.equal(en.goals);
    expect(status(el)).to.equal(`Step 2 of 3: ${en.goals}`);
    expect(focused(el)?.matches('fieldset.step')).to.equal(true);

    // Step 2: the first area's first idea, then its own goal.
    await press('Tab');
    expect(focused(el)?.getAttribute('name')).to.equal('g0');
    await press(' ');
    await press('Tab');
    await press('Tab');
    expect(focused(el)?.id).to.equal('a0');
    await type('Walk twice a week');
    await press('Enter');
    await settle(el);
    expect(stepShown(el)).to.equal(en.review);
    expect(status(el)).to.equal(`Step 3 of 3: ${en.review}`);

    // Step 3: the second time, then Enter in the last field shows the plan.
    await press('Tab');
    await press('Tab');
    await press(' ');
    await press('Tab');
    await press('Tab');
    expect(focused(el)?.id).to.equal('o2');
    await press('Enter');
    await settle(el);
    expect(status(el)).to.equal('Your plan is ready, with 2 goals.');
    expect(focused(el)?.matches('.plan')).to.equal(true);
    const text = planText(el);
    for (const part of [
      en.valuesDone,
      'Health',
      'Being there for my sister',
      'Physical health',
      'Regular exercise',
      'Walk twice a week',
      'In a month',
    ]) {
      expect(text).to.contain(part);
    }

    // Back to the answers by keyboard: they are all still there.
    button(el, en.edit).focus();
    await press('Enter');
    await settle(el);
    expect(stepShown(el)).to.equal(en.review);
    expect(focused(el)?.matches('fieldset.step')).to.equal(true);
    expect(fields(el)).to.include('Walk twice a week');
  });

  it('Back goes to the step before, and one goal reads in the singular', async () => {
    const el = await plan();
    await tap(el, en.next);
    await tap(el, en.back);
    expect(stepShown(el)).to.equal(en.values);
    expect(status(el)).to.equal(`Step 1 of 3: ${en.values}`);
    await tap(el, en.next);
    (q(el, '#a1')[0] as HTMLInputElement).value = 'One thing';
    await tap(el, en.next);
    await tap(el, en.show);
    expect(status(el)).to.equal('Your plan is ready, with 1 goal.');
    expect(planText(el)).to.contain(en.nothing);
  });

  it('axe finds nothing in any state: each step, the plan, after copying and after clearing', async () => {
    const el = await plan();
    const check = async (state: string) => expect(await axeViolations(el), state).to.deep.equal([]);
    await check('step 1');
    await tap(el, en.next);
    await check('step 2');
    await tap(el, en.next);
    await check('step 3');
    await tap(el, en.show);
    await check('plan');
    const granted = await executeServerCommand('haven-clipboard');
    await copy(el);
    // Where the clipboard is not granted, the engine may still allow it, or the refusal is said.
    if (granted) expect(status(el)).to.equal(en.copied);
    else expect([en.copied, en.copyFailed]).to.include(status(el));
    await check('copied');
    await tap(el, en.clear);
    await check('cleared');
  });

  it('"Copy as text" puts the plan on the real clipboard', async function () {
    // Headless Chromium allows clipboard access only when granted: the test grants it for
    // this page's origin through Chromium itself, so the element's real code path runs. The
    // other engines' automation cannot grant it.
    if (!(await executeServerCommand('haven-clipboard'))) this.skip();
    const el = await plan();
    await fill(el);
    await copy(el);
    expect(status(el)).to.equal(en.copied);
    const copied = await navigator.clipboard.readText();
    expect(copied).to.equal(
      [
        'My plan',
        'What matters to me\n- Health\n- Being there for my sister',
        `My goals\n\nPhysical health\n- ${q(el, '.plan li li')[0]!.textContent}\n- Walk twice a week`,
        'When I will look at it again\n- In a month',
      ].join('\n\n'),
    );
    await navigator.clipboard.writeText('');
  });

  it('says so when the clipboard refuses, and keeps the plan', async () => {
    const el = await plan();
    await fill(el);
    const clipboard = navigator.clipboard;
    const refuse = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    Object.defineProperty(clipboard, 'writeText', { value: refuse, configurable: true });
    try {
      button(el, en.copy).click();
      await until(() => status(el) === en.copyFailed, 'the refused copy announced');
      await settle(el);
    } finally {
      delete (clipboard as unknown as Record<string, unknown>).writeText;
    }
    expect(status(el)).to.equal(en.copyFailed);
    expect(planText(el)).to.contain('Walk twice a week');
  });

  it('Clear empties every field and the plan at once, and announces it', async () => {
    const el = await plan();
    await fill(el);
    await tap(el, en.clear);
    expect(empty(el)).to.equal(true);
    expect(status(el)).to.equal(en.cleared);
    expect(focused(el)?.matches('fieldset.step')).to.equal(true);
  });

  it('is emptied on pagehide, before the page can be frozen in the back/forward cache', async () => {
    const el = await plan();
    await fill(el);
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    // At once, with no await: a page going into the cache may not run another task.
    expect(empty(el)).to.equal(true);
    expect(status(el)).to.equal('');
  });

  it('is emptied by a pageshow from the back/forward cache, not by a first load', async () => {
    const el = await plan();
    await fill(el);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
    await settle(el);
    expect(planText(el)).to.contain('Walk twice a week');
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(empty(el)).to.equal(true);
  });

  it('is emptied when the quick exit fires, before the browser leaves', async () => {
    const box = await fixture<HTMLElement>(document.createElement('div'));
    const exit = document.createElement('haven-quick-exit');
    const el = renderExample(set.tag, example(set, 'default')) as Plan;
    box.append(exit, el);
    await settle(box);
    await fill(el);
    // The navigation itself is replaced (the test page must stay); the rest is the real exit.
    const left: string[] = [];
    const leave = exitEnv.leave;
    exitEnv.leave = (_win, url) => {
      left.push(url);
      expect(empty(el), 'empty before leaving').to.equal(true);
    };
    try {
      shadow(exit).querySelector<HTMLAnchorElement>('a')!.click();
    } finally {
      exitEnv.leave = leave;
      restorePage(document);
    }
    expect(left).to.have.length(1);
    expect(empty(el)).to.equal(true);
  });

  it('is emptied by a quick exit that the page cancels too', async () => {
    const el = await plan();
    await fill(el);
    const stay = (e: Event) => e.preventDefault();
    window.addEventListener('haven-exit', stay);
    try {
      el.dispatchEvent(
        new CustomEvent('haven-exit', { bubbles: true, composed: true, cancelable: true }),
      );
    } finally {
      window.removeEventListener('haven-exit', stay);
    }
    expect(empty(el)).to.equal(true);
  });

  it('one haven-exit listener on the document for any number of plans, none once they go', async function () {
    const count = () => executeServerCommand('haven-listeners', { type: 'haven-exit' });
    const before = await count();
    // Only Chromium's DevTools protocol counts a document's listeners.
    if (before === false) this.skip();
    const box = await fixture<HTMLElement>(document.createElement('div'));
    box.append(...[1, 2, 3].map(() => renderExample(set.tag, example(set, 'default'))));
    await settle(box);
    expect(await count()).to.equal((before as number) + 1);
    box.replaceChildren();
    expect(await count()).to.equal(before);
  });

  it('stops listening when removed', async () => {
    const el = await plan();
    el.remove();
    // A removed plan neither throws nor renders on these.
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    document.dispatchEvent(new CustomEvent('haven-exit'));
    expect(el.isConnected).to.equal(false);
  });

  it('keeps nothing: no storage, cookie, URL, history entry or history state', async () => {
    const before = {
      href: location.href,
      history: history.length,
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
      dbs: (await indexedDB.databases()).length,
    };
    const el = await plan();
    await fill(el);
    await tap(el, en.edit);
    await tap(el, en.show);
    await tap(el, en.clear);
    expect({
      href: location.href,
      history: history.length,
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
      dbs: (await indexedDB.databases()).length,
    }).to.deep.equal(before);
    expect(history.state).to.equal(null);
  });

  it('prints the plan alone, laid out for paper', async () => {
    const el = await plan();
    await fill(el);
    await withPrint(async () => {
      const shown = (sel: string) => q(el, sel).filter((n) => n.checkVisibility()).length > 0;
      expect(shown('.plan'), 'the plan').to.equal(true);
      expect(shown('[part="sources"]'), 'its sources').to.equal(true);
      expect(shown('button'), 'buttons').to.equal(false);
      expect(shown('[part="shared-note"]'), 'the screen note').to.equal(false);
      expect(shown('form'), 'the form').to.equal(false);
      expect(getComputedStyle(shadow(el).querySelector('.base')!).borderTopStyle).to.equal('none');
    });
  });

  it('prints an unfinished form as a worksheet: every step at once, fields as lines', async () => {
    const el = await plan();
    const steps = q(el, 'fieldset.step');
    await withPrint(async () => {
      expect(steps.map((s) => s.checkVisibility())).to.deep.equal([true, true, true]);
      expect(q(el, 'button').some((b) => b.checkVisibility())).to.equal(false);
      const field = getComputedStyle(q(el, '#o0')[0]!);
      expect([field.borderTopWidth, field.borderBottomWidth]).to.deep.equal(['0px', '1px']);
    });
  });

  it('fits 320 px at every step, with no sideways scroll', async () => {
    const width = await setViewport({ width: 320, height: 640 });
    try {
      const el = await plan();
      const base = shadow(el).querySelector('.base')!;
      for (const next of [en.next, en.next, en.show, '']) {
        expect(base.scrollWidth, stepShown(el)).to.be.at.most(base.clientWidth);
        expect(el.getBoundingClientRect().right).to.be.at.most(width);
        if (next) await tap(el, next);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('keeps its borders and fields visible in forced colours, and has no motion', async () => {
    const el = await plan();
    expect(motionAndInlineStyles(el)).to.deep.equal([]);
    await withForcedColors(async (canvasText) => {
      expect(getComputedStyle(shadow(el).querySelector('.base')!).borderTopColor).to.equal(
        canvasText,
      );
      expect(getComputedStyle(q(el, '#o0')[0]!).borderTopColor).to.equal(canvasText);
    });
  });

  it("shows an editor's own prompts after the built-in ones", async () => {
    const el = await plan('editor-json');
    const values = q(el, 'input[name="v"]').map((i) => clean(i.parentElement!.textContent!));
    expect(values.slice(-2)).to.deep.equal(['My children', 'Faith']);
    expect(
      q(el, 'fieldset.area > legend')
        .map((l) => clean(l.textContent!))
        .at(-1),
    ).to.equal('Money');
    expect(clean(q(el, 'fieldset.step')[2]!.textContent!)).to.contain('Before the holidays');
    expect(q(el, '[part="note"]')).to.have.length(0);
  });

  it('chooses areas, and sets its heading (neutral by default) at the level that fits', async () => {
    const el = await plan('areas');
    expect(q(el, 'fieldset.area > legend').map((l) => clean(l.textContent!))).to.deep.equal([
      'Mental and emotional self-care',
      'Social support',
    ]);
    expect(clean(q(el, '[part="heading"]')[0]!.textContent!)).to.equal('My plan');
    const own = await plan('heading');
    expect(clean(q(own, '[part="heading"]')[0]!.textContent!)).to.equal('Looking after me');
    own.setAttribute('heading-level', '4');
    await settle(own);
    expect(q(own, '[part="heading"]')[0]!.localName).to.equal('h4');
    expect(q(own, 'h5')).to.have.length(0);
    await tap(own, en.next);
    await tap(own, en.next);
    await tap(own, en.show);
    expect(q(own, '[part="subheading"]').map((h) => h.localName)).to.deep.equal(['h5', 'h5', 'h5']);
  });

  it('hostile text from an editor or a visitor stays text, in the form, the plan and the copy', async () => {
    const el = await plan('hostile-json');
    expect(shadow(el).querySelectorAll('img, script')).to.have.length(0);
    expect(deepText(el)).to.contain('<img src=x onerror=');
    const typed = '<img src=x onerror="window.__havenPwned=1">';
    (q(el, '#o0')[0] as HTMLInputElement).value = typed;
    for (const next of [en.next, en.next, en.show]) {
      await tap(el, next);
    }
    expect(shadow(el).querySelectorAll('img, script')).to.have.length(0);
    expect(planText(el)).to.contain(typed);
    expect((window as unknown as { __havenPwned?: number }).__havenPwned).to.equal(undefined);
  });

  it("says once what is wrong with an editor's input, with a neutral note, never blank", async () => {
    for (const [attr, value, says] of [
      ['areas', 'astrology', 'unknown area id(s) "astrology"'],
      ['heading-level', '9', 'heading-level="9" is not 2-6 or auto'],
    ] as const) {
      resetWarnings();
      const logged = await captureConsole(async () => {
        const el = renderExample(set.tag, { name: 'x', description: '', attrs: { [attr]: value } });
        await fixture(el);
        await settle(el);
        // Unknown areas fall back to all of them: the form is never empty.
        expect(q(el, 'fieldset.area').length, attr).to.equal(5);
        expect(q(el, '[part="note"]').length, attr).to.equal(attr === 'areas' ? 1 : 0);
        (el as HTMLElement & { heading: string }).heading = 'x';
        await settle(el);
      });
      expect(logged, attr).to.have.length(1);
      expect(logged[0]).to.contain(says);
    }
    for (const [bad, says] of [
      ['[1, 2]', 'not an object'],
      ['{"values": "Rest"}', '"values" must be a list of at most 20 texts of 1-200 characters'],
      ['{"areas": [{"label": ""}]}', '"areas" must be a list of at most 20 areas with a "label"'],
      ['{"colour": "red"}', 'unknown key(s) colour'],
      [JSON.stringify({ values: Array(30).fill('Rest') }), '"values" must be a list of at most 20'],
      [
        JSON.stringify({ areas: [{ label: 'Money', suggestions: [1] }] }),
        '"suggestions" must be a list of at most 20 texts',
      ],
    ]) {
      resetWarnings();
      let el!: HTMLElement;
      const logged = await captureConsole(async () => {
        el = renderExample(set.tag, {
          name: 'x',
          description: '',
          children: `<script type="application/json">${bad}</script>`,
        });
        await fixture(el);
        await settle(el);
      });
      expect(logged, bad).to.have.length(1);
      expect(logged[0], bad).to.contain(says);
      expect(q(el, '[part="note"]'), bad).to.have.length(1);
      expect(q(el, 'input[name="v"]').length, bad).to.be.at.least(en.valueWords.length);
    }
  });

  it('speaks Spanish with the Spanish words, plurals by Intl.PluralRules', async () => {
    expect(Object.keys(es).sort()).to.deep.equal(Object.keys(en).sort());
    setStrings({ wellbeingPlan: es });
    const box = await fixture<HTMLElement>(document.createElement('div'));
    box.lang = 'es';
    const el = renderExample(set.tag, example(set, 'default')) as Plan;
    box.append(el);
    await settle(el);
    expect(stepShown(el)).to.equal('Lo que te importa');
    expect(button(el, 'Siguiente')).to.exist;
    await tap(el, 'Siguiente');
    expect(status(el)).to.equal('Paso 2 de 3: Tus metas');
    (q(el, '#a0')[0] as HTMLInputElement).value = 'Caminar';
    await tap(el, 'Siguiente');
    await tap(el, 'Ver mi plan');
    expect(status(el)).to.equal('Tu plan está listo, con 1 meta.');
    await tap(el, 'Cambiar respuestas');
    await tap(el, 'Atrás');
    (q(el, '#a1')[0] as HTMLInputElement).value = 'Dormir';
    await tap(el, 'Siguiente');
    await tap(el, 'Ver mi plan');
    expect(status(el)).to.equal('Tu plan está listo, con 2 metas.');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('server-rendered without JavaScript: a blank worksheet of all three steps, no buttons', async () => {
    const { html } = (await executeServerCommand('haven-prerender', {
      html: '<haven-wellbeing-plan areas="physical-health social-support"></haven-wellbeing-plan>',
    })) as { html: string };
    // A frame with scripts off: the declarative shadow root is all there is.
    const frame = document.createElement('iframe');
    frame.sandbox.add('allow-same-origin');
    await frameLoad(
      frame,
      () => {
        frame.srcdoc = `<!doctype html><html lang="en"><title>Worksheet</title><body>${html}`;
        document.body.append(frame);
      },
      'the worksheet page loaded',
    );
    try {
      const host = frame.contentDocument!.querySelector('haven-wellbeing-plan')!;
      expect(frame.contentWindow!.customElements.get('haven-wellbeing-plan')).to.equal(undefined);
      const root = host.shadowRoot!;
      const steps = [...root.querySelectorAll('fieldset.step')];
      expect(steps.map((s) => s.checkVisibility())).to.deep.equal([true, true, true]);
      expect(root.querySelectorAll('fieldset.area')).to.have.length(2);
      expect(root.querySelectorAll('button')).to.have.length(0);
      expect(root.querySelector('[part="sources"]')).to.exist;
    } finally {
      frame.remove();
    }
  });
});
