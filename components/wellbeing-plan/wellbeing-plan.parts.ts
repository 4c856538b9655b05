import { html, isServer, nothing, type TemplateResult } from 'lit';
import { heading } from '../../src/internal/heading.js';
import type { Plan, PlanArea } from './wellbeing-plan.model.js';
import type { wellbeingPlanStrings } from './wellbeing-plan.strings.js';

type Words = typeof wellbeingPlanStrings;

/** A field for the visitor's own words. */
const own = (name: string, label: string) =>
  html`<label for=${name}>${label}</label> <input id=${name} name=${name} autocomplete="off" />`;

/** Check boxes named `name`, whose values index `items`. */
const checks = (name: string, items: string[]) =>
  html`<ul class="checks">
    ${items.map(
      (text, i) =>
        html`<li>
          <label><input type="checkbox" name=${name} value=${i} autocomplete="off" />${text}</label>
        </li>`,
    )}
  </ul>`;

/** A list, or "Nothing yet." */
const list = (items: string[], s: Words) =>
  items.length
    ? html`<ul>
        ${items.map((t) => html`<li>${t}</li>`)}
      </ul>`
    : html`<p>${s.nothing}</p>`;

/** What the steps offer. */
export interface StepsView {
  values: string[];
  areas: PlanArea[];
  review: string[];
}

/**
 * The three steps, each a fieldset: values (`v`, own words `o0`), goals by area (`g<area>`, a goal
 * of the visitor's own `a<area>`, anything else `o1`), looking again (`r`, `o2`). Only `step` shows
 * in a browser; on a server every step shows, a blank worksheet.
 */
export function renderSteps(view: StepsView, step: number, s: Words): TemplateResult[] {
  const steps: Array<[string, string, unknown, string]> = [
    [s.values, s.valuesHint, checks('v', view.values), s.valuesOwn],
    [
      s.goals,
      s.goalsHint,
      view.areas.map(
        (a, i) =>
          html`<fieldset class="area">
            <legend>${a.label}</legend>
            ${checks(`g${i}`, a.suggestions)} ${own(`a${i}`, s.goalOwn)}
          </fieldset>`,
      ),
      s.goalOther,
    ],
    [s.review, s.reviewHint, checks('r', view.review), s.reviewOwn],
  ];
  return steps.map(
    ([legend, hint, body, ownLabel], i) =>
      html`<fieldset
        class="step"
        tabindex="-1"
        ?hidden=${!isServer && step !== i}
        aria-describedby="h${i}"
      >
        <legend>${legend}</legend>
        <p class="hint" id="h${i}">${hint}</p>
        ${body} ${own(`o${i}`, ownLabel)}
      </fieldset>`,
  );
}

/** The finished plan under headings of `level`, and its buttons (`actions`). */
export function renderPlan(plan: Plan, level: number, s: Words, actions: unknown): TemplateResult {
  const goals = plan.goals.length
    ? html`<ul>
        ${plan.goals.map(
          (g) => html`<li><span class="label">${g.label}</span>${list(g.items, s)}</li>`,
        )}
      </ul>`
    : list([], s);
  return html`<div part="plan" class="plan" tabindex="-1">
    ${heading(level, 'pv', 'subheading', s.valuesDone)} ${list(plan.values, s)}
    ${heading(level, 'pg', 'subheading', s.goalsDone)} ${goals}
    ${heading(level, 'pr', 'subheading', s.reviewDone)} ${list(plan.review, s)}
    <div part="actions" class="actions">${actions}</div>
  </div>`;
}

/** The form's buttons: Back (after the first step), Next or Show my plan, Clear. */
export function renderNav(
  step: number,
  last: boolean,
  s: Words,
  back: () => void,
  clear: () => void,
) {
  if (isServer) return nothing;
  return html`<div part="actions" class="actions">
    ${step ? html`<button type="button" @click=${back}>${s.back}</button>` : nothing}
    <button class="primary">${last ? s.show : s.next}</button>
    <button type="button" @click=${clear}>${s.clear}</button>
  </div>`;
}

/** What the listeners empty: every plan on the page. */
export interface Wipeable {
  wipe(e: Event): void;
}

/**
 * The plans on the page. It has one `pagehide`, one `pageshow` and one `haven-exit` listener
 * for all of them, however many there are, added with the first and removed with the last.
 */
const plans = new Set<Wipeable>();

const wipeAll = (e: Event) => plans.forEach((plan) => plan.wipe(e));

function listen(method: 'addEventListener' | 'removeEventListener'): void {
  window[method]('pagehide', wipeAll);
  window[method]('pageshow', wipeAll);
  document[method]('haven-exit', wipeAll);
}

/** Empties `plan` when its page is left, comes back from the cache, or a quick exit fires. */
export function watchPage(plan: Wipeable): () => void {
  if (!plans.size) listen('addEventListener');
  plans.add(plan);
  return () => {
    plans.delete(plan);
    if (!plans.size) listen('removeEventListener');
  };
}
