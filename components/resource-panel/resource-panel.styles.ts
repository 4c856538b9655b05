import { css } from 'lit';

// The panel: heading, filters, count, list. No motion, so prefers-reduced-motion needs no rule.
export const resourcePanelStyles = css`
  .base > * + *,
  .list > * + *,
  ::slotted(* + *) {
    margin-block-start: var(--_space);
  }
  .base > h2,
  .base > h3,
  .base > h4,
  .base > h5,
  .base > h6 {
    margin: 0;
  }
  fieldset {
    margin: 0;
    padding: 0.5em var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  fieldset fieldset {
    padding: 0;
    border: 0;
  }
  form label {
    display: inline-flex;
    gap: 0.375em;
    align-items: center;
    min-height: 44px;
    margin-inline-end: 1em;
  }
  input {
    width: 1.25em;
    height: 1.25em;
    accent-color: var(--_accent);
  }
  button {
    min-height: 44px;
    padding: 0 1em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
  }
  .count {
    margin: 0;
    font-weight: 700;
  }
  @media print {
    form,
    .count {
      display: none;
    }
  }
`;
