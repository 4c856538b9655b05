import { css } from 'lit';

// The element has no motion of its own, so prefers-reduced-motion needs no rule here.
export const wellbeingTableStyles = css`
  :host {
    display: block;
    --_t-bg: var(--haven-wellbeing-table-background, var(--_surface));
    --_t-head: var(
      --haven-wellbeing-table-header-background,
      color-mix(in srgb, var(--_accent) 12%, var(--_surface))
    );
    --_t-border: var(--haven-wellbeing-table-border-color, var(--_border));
    --_t-accent: var(--haven-wellbeing-table-accent, var(--_accent));
    --_t-pad: var(--haven-wellbeing-table-padding, 0.5rem 0.75rem);
  }
  .base {
    /* The layout follows the element's own width, not the viewport's. */
    container-type: inline-size;
    /* A long word (a source's description, a translation's compound) wraps, at 320 px too. */
    overflow-wrap: anywhere;
  }
  .base > * + * {
    margin-block-start: var(--_space);
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  .caption {
    padding-block-end: 0.5em;
    font-weight: 700;
    text-align: start;
  }
  th,
  td {
    padding: var(--_t-pad);
    border: 1px solid var(--_t-border);
    background: var(--_t-bg);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    background: var(--_t-head);
  }
  tbody th {
    color: var(--_t-accent);
  }
  .label {
    display: none;
  }
  a {
    color: var(--_t-accent);
  }
  /*
   * Narrow: each row is a labelled stack. The column headers stay in the accessibility tree
   * (clipped, not display: none), so every cell is still announced with its column and row
   * headers; the label repeated in each cell is for the eye only (aria-hidden).
   */
  @container (max-width: 34rem) {
    table,
    caption,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tbody tr {
      margin-block-start: 0.75rem;
      border: 1px solid var(--_t-border);
      border-inline-start: 0.375rem solid var(--_t-accent);
      border-radius: var(--_radius);
      overflow: hidden;
    }
    th,
    td {
      border: 0;
    }
    tbody th {
      background: var(--_t-head);
    }
    .label {
      display: block;
      color: var(--_muted);
      font-weight: 700;
      font-variant-caps: all-small-caps;
    }
  }
  @media (forced-colors: active) {
    th,
    td,
    tbody tr {
      border-color: CanvasText;
    }
  }
  @media print {
    tr {
      break-inside: avoid;
    }
    th,
    td {
      border-color: #000;
    }
  }
`;
