import { css } from 'lit';

// One service's article, used by <haven-resource> and by the panel's own list. No motion, so
// prefers-reduced-motion needs no rule; in forced colours the borders (notices have one) stay.
export const resourceStyles = css`
  :host {
    display: block;
    --_r-bg: var(--haven-resource-background, var(--_surface));
    --_r-border: var(--haven-resource-border-color, var(--_border));
    --_r-accent: var(--haven-resource-accent, var(--_accent));
    --_r-notice: var(--haven-resource-notice-background, light-dark(#fff4d6, #3a3016));
  }
  .resource {
    padding: var(--_space);
    border: 1px solid var(--_r-border);
    border-radius: var(--_radius);
    background: var(--_r-bg);
    overflow-wrap: anywhere;
    break-inside: avoid;
  }
  .resource * {
    margin: 0;
  }
  .resource > * + *,
  .contact > * + * {
    margin-block-start: 0.5em;
  }
  [part='subheading'] {
    font-size: 1em;
    color: var(--_r-accent);
  }
  dl div {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1em;
  }
  dt {
    min-width: min(12em, 100%);
    font-weight: 700;
  }
  a {
    color: var(--_r-accent);
  }
  .contact p {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    align-items: baseline;
  }
  .number {
    user-select: all;
  }
  .notice {
    padding: 0.5em;
    border-inline-start: 0.25rem solid var(--_r-border);
    background: var(--_r-notice);
  }
  @media print {
    .resource {
      border-color: #000;
    }
  }
`;
