import { css } from 'lit';

// The element has no motion of its own (no transitions or animations; focus moves scroll
// instantly), so prefers-reduced-motion needs no rule here.
export const wellbeingPlanStyles = css`
  :host {
    display: block;
    --_p-bg: var(--haven-wellbeing-plan-background, var(--_surface));
    --_p-border: var(--haven-wellbeing-plan-border-color, var(--_border));
    --_p-accent: var(--haven-wellbeing-plan-accent, var(--_accent));
  }
  .base {
    /* Set here too: a page's own box-sizing rule on the host must not widen the fields. */
    box-sizing: border-box;
    padding: var(--_space);
    border: 1px solid var(--_p-border);
    border-radius: var(--_radius);
    background: var(--_p-bg);
    overflow-wrap: anywhere;
  }
  .base > *,
  form > *,
  fieldset > *,
  .plan > * {
    margin-block: 0;
  }
  .base > * + *,
  form > * + *,
  .step > * + *,
  .plan > * + * {
    margin-block-start: var(--_space);
  }
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    font-weight: 700;
  }
  .step > legend {
    font-size: 1.25em;
  }
  .area {
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_p-border);
    border-radius: var(--_radius);
  }
  .area > * + * {
    margin-block-start: 0.5rem;
  }
  .hint,
  .intro {
    color: var(--_muted);
  }
  ul {
    padding-inline-start: 1.25em;
  }
  .checks {
    display: grid;
    gap: 0.5rem;
    padding: 0;
    list-style: none;
  }
  .checks label {
    display: flex;
    gap: 0.5rem;
    align-items: start;
  }
  input[type='checkbox'] {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.125rem 0 0;
    accent-color: var(--_p-accent);
  }
  label[for] {
    display: block;
    font-weight: 700;
  }
  input:not([type]) {
    display: block;
    width: 100%;
    max-width: 40rem;
    margin-block-start: 0.25rem;
    padding: 0.5rem;
    border: 2px solid var(--_muted);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  /* Clear stands apart, so it is not pressed by mistake for Next. */
  .actions > :last-child {
    margin-inline-start: auto;
  }
  button {
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_p-accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_p-accent);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }
  .primary {
    background: var(--_p-accent);
    color: var(--_surface);
  }
  .plan li {
    white-space: pre-line;
  }
  .label {
    display: block;
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .base,
    .area,
    input:not([type]) {
      border-color: CanvasText;
    }
    button {
      border-color: ButtonText;
    }
  }
  /*
   * Print: the plan alone; before it is finished, every step at once, a worksheet to fill in by
   * hand. Buttons, notes and live messages stay on the screen.
   */
  @media print {
    .base {
      padding: 0;
      border: 0;
    }
    .step[hidden] {
      display: block;
    }
    :focus-visible {
      outline: 0;
    }
    .actions,
    .intro,
    .note,
    .meta:not([part='sources']),
    [part='progress'] {
      display: none;
    }
    input:not([type]) {
      border-width: 0 0 1px;
      border-color: #000;
      border-radius: 0;
    }
    .area,
    li {
      break-inside: avoid;
    }
  }
`;
