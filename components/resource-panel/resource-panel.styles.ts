import { css } from 'lit';

// The panel: heading, filters, count, list. No motion, so prefers-reduced-motion needs no rule;
// forced colours keep the browser's own form controls.
export const resourcePanelStyles = css`
  .base > *,
  .list > *,
  ::slotted(*) {
    margin: 0 0 var(--_space);
  }
  .base {
    overflow-wrap: anywhere;
  }
  fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0.25em 0.5em;
  }
  fieldset fieldset {
    padding: 0;
    border: 0;
  }
  label {
    display: inline-flex;
    gap: 0.375em;
    align-items: center;
    min-height: 44px;
    margin-inline-end: 1em;
  }
  button {
    min-height: 44px;
    font: inherit;
  }
  @media print {
    form,
    .count {
      display: none;
    }
  }
`;
