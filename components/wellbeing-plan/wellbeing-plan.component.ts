import { html, isServer, nothing, type TemplateResult } from 'lit';
import { HavenElement } from '../../src/internal/haven-element.js';
import { heading, HEADING_LEVEL } from '../../src/internal/heading.js';
import { checked, JsonChild } from '../../src/internal/input.js';
import { sourcesFooter } from '../../src/internal/sources.js';
import { Problems } from '../../src/internal/warn.js';
import { addStrings, plural } from '../../src/i18n/index.js';
import { wellbeingPlanStrings } from './wellbeing-plan.strings.js';
import {
  KEYS,
  pickRows,
  planText,
  readPlan,
  readPlanJson,
  type Plan,
  type PlanConfig,
} from './wellbeing-plan.model.js';
import { renderNav, renderPlan, renderSteps, watchPage } from './wellbeing-plan.parts.js';
import { shared } from '../../src/styles/shared.js';
import { wellbeingPlanStyles } from './wellbeing-plan.styles.js';

addStrings({ wellbeingPlan: wellbeingPlanStrings });

/** The form's steps; the step after the last shows the plan. */
const STEPS = 3;

/** `text` with `{n}` and `{total}` filled in. */
const fill = (text: string, n: number) =>
  text.replace('{n}', String(n)).replace('{total}', String(STEPS));

/**
 * A personal well-being plan in three steps: what matters to the visitor (values), goals by area
 * of the well-being table (its strategies as ideas to tick, with their sources), and when to look
 * at the plan again. Then one page to print (or save as PDF) or copy as text.
 *
 * It keeps no trace: nothing is stored or sent, fields have `autocomplete="off"`, and the plan is
 * emptied by the Clear button, on `pagehide` (so neither the back button nor the back/forward
 * cache brings it back) and when a quick exit fires (`haven-exit` on the document), whether or
 * not a listener cancels it. Rendered on a server, it is a blank worksheet to print.
 *
 * Editors add their own prompts with a `<script type="application/json">` child:
 * `{"values": ["…"], "areas": [{"label": "…", "suggestions": ["…"]}], "review": ["…"]}`, each
 * list at most 20 texts of up to 200 characters, added after the built-in ones. Anything
 * unusable is left out, said once in the console, and a neutral note says so.
 *
 * @tagname haven-wellbeing-plan
 * @summary A three-step well-being plan to fill in, print or copy, which keeps nothing.
 *
 * @slot - A `<script type="application/json">` with the editor's prompts, and any fallback text for pages without JavaScript. Not shown.
 *
 * @csspart base - The wrapper.
 * @csspart heading - The heading.
 * @csspart form - The form with the three steps.
 * @csspart progress - "Step 1 of 3".
 * @csspart actions - A row of buttons.
 * @csspart plan - The finished plan.
 * @csspart subheading - A section heading of the plan.
 * @csspart shared-note - What to still do on a shared device.
 * @csspart sources - The sources and review date of the suggestions.
 * @csspart note - The neutral note shown when some of an editor's prompts could not be used.
 *
 * @cssprop --haven-wellbeing-plan-background - Background. Falls back to `--haven-color-surface`.
 * @cssprop --haven-wellbeing-plan-border-color - Borders. Falls back to `--haven-color-border`.
 * @cssprop --haven-wellbeing-plan-accent - Buttons and check boxes. Falls back to `--haven-color-accent`.
 */
export class HavenWellbeingPlan extends HavenElement {
  static override styles = [shared, wellbeingPlanStyles];
  static override strings = { wellbeingPlan: wellbeingPlanStrings };

  // Reactive properties as a static field, not decorators: no decorator helpers in any bundle.
  static override properties = {
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    areas: {},
    step: { state: true, attribute: false },
    message: { state: true, attribute: false },
  };

  /** The heading. Neutral by default ("My plan"). */
  heading = '';

  /** The heading level: 2 to 6, or `auto` (one below the heading before it, else 2). The plan's sections use the next level. */
  headingLevel: string | number = 'auto';

  /** The well-being table's areas to set goals in, in this order: ids such as `physical-health social-support`. All by default. */
  areas = '';

  /** The step shown: 0 to 2, or STEPS for the plan. */
  private step = 0;
  private message = '';
  private plan: Plan = { values: [], goals: [], review: [] };
  private view!: PlanConfig & { level: number; note: boolean };
  /** The editor's JSON child (a change to it renders again). */
  private json = new JsonChild(this);
  /** Set by a visitor's move: focus follows it once rendered. */
  private moved = false;
  private unwatch?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!isServer) this.unwatch = watchPage(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatch?.();
  }

  override willUpdate(): void {
    const s = this.i18n.strings.wellbeingPlan;
    const problems = new Problems(this);
    const own = readPlanJson(this.json.read(problems, KEYS, true), problems.add);
    const rows = pickRows(this.areas, problems.add, this.i18n.lang);
    // The note is for what an editor gave that is left out, not for a heading level.
    const note = problems.list.length > 0;
    const level = checked(HEADING_LEVEL, this.headingLevel, problems, this);
    problems.say();
    this.view = {
      values: [...s.valueWords, ...own.values],
      areas: [...rows.map((r) => ({ label: r.label, suggestions: r.cells })), ...own.areas],
      review: [...s.reviewWords, ...own.review],
      rows,
      level,
      note,
    };
  }

  override updated(): void {
    if (!this.moved) return;
    this.moved = false;
    this.renderRoot.querySelector<HTMLElement>('.step:not([hidden]), .plan')?.focus();
  }

  /** Empties every field and the plan, and goes back to the first step. */
  clear(): void {
    this.renderRoot.querySelector('form')?.reset();
    this.plan = { values: [], goals: [], review: [] };
    this.step = 0;
    this.message = '';
  }

  override render(): TemplateResult {
    const s = this.i18n.strings.wellbeingPlan;
    const { level, note, rows } = this.view;
    const done = this.step === STEPS;
    // On a server the form is a blank worksheet to print: every step, no buttons.
    return html`<div part="base" class="base">
      ${heading(level, 'h', 'heading', this.heading || s.heading)}
      ${note ? html`<p part="note" class="note">${s.partial}</p>` : nothing}
      ${
        done
          ? renderPlan(
              this.plan,
              Math.min(level + 1, 6),
              s,
              html`<button type="button" @click=${() => this.go(STEPS - 1)}>${s.edit}</button>
                <button type="button" @click=${() => window.print()}>${s.print}</button>
                <button type="button" class="primary" @click=${this.handleCopy}>${s.copy}</button>
                <button type="button" @click=${this.handleClear}>${s.clear}</button>`,
            )
          : nothing
      }
      <form part="form" autocomplete="off" ?hidden=${done} @submit=${this.handleSubmit}>
        <p class="intro">${s.intro}</p>
        ${
          isServer
            ? nothing
            : html`<p part="progress" class="hint">${fill(s.step, this.step + 1)}</p>`
        }
        ${renderSteps(this.view, this.step, s)}
        ${renderNav(this.step, this.step === STEPS - 1, s, this.handleBack, this.handleClear)}
      </form>
      ${isServer ? nothing : html`<p part="shared-note" class="meta">${s.shared}</p>`}
      ${sourcesFooter(rows, this.i18n)}
      <p role="status" class="visually-hidden">${this.message}</p>
      <slot hidden></slot>
    </div>`;
  }

  /** Shows step `step` (or the plan), announces it, and moves focus to it. */
  private go(step: number): void {
    const s = this.i18n.strings.wellbeingPlan;
    if (step === STEPS) {
      this.plan = readPlan(this.renderRoot.querySelector('form')!, this.view, s.goalOther);
      const n = this.plan.goals.reduce((sum, g) => sum + g.items.length, 0);
      this.message = plural(this.i18n.lang, s.ready, n);
    } else {
      this.message = `${fill(s.step, step + 1)}: ${[s.values, s.goals, s.review][step]}`;
    }
    this.step = step;
    this.moved = true;
  }

  private handleSubmit(e: Event): void {
    e.preventDefault();
    this.go(this.step + 1);
  }

  private handleBack = (): void => this.go(this.step - 1);

  private handleClear = (): void => {
    this.clear();
    this.message = this.i18n.strings.wellbeingPlan.cleared;
    this.moved = true;
  };

  private handleCopy = async (): Promise<void> => {
    const s = this.i18n.strings.wellbeingPlan;
    try {
      await navigator.clipboard.writeText(planText(this.plan, this.heading || s.heading, s));
      this.message = s.copied;
    } catch {
      this.message = s.copyFailed;
    }
  };

  /**
   * Leaving, back from the back/forward cache, or a quick exit: empty it now, not later. Called
   * by the page's listeners (`watchPage`).
   * @internal
   */
  wipe(e: Event): void {
    if (e.type === 'pageshow' && !(e as PageTransitionEvent).persisted) return;
    this.clear();
    this.performUpdate();
  }
}
