import { css } from 'lit';

// One service's article, used by <haven-resource> and by the panel's own list. No motion, so
// prefers-reduced-motion needs no rule; in forced colours the borders (notices have one) stay.
export const resourceStyles = css`
  :host {
    display: block;
  }
  .resource {
    /* A long list lays out and paints only the services near the screen; the others keep their
       last measured height (or this estimate), so the scrollbar stays steady. */
    content-visibility: auto;
    contain-intrinsic-block-size: auto 28rem;
    padding: var(--_space);
    border: 1px solid var(--haven-resource-border-color, var(--_border));
    border-radius: var(--_radius);
    background: var(--haven-resource-background, var(--_surface));
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
  [part='subheading'],
  a {
    font-size: inherit;
    color: var(--haven-resource-accent, var(--_accent));
  }
  dl div,
  .contact p {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1em;
    align-items: baseline;
  }
  dt {
    min-width: min(12em, 100%);
    font-weight: 700;
  }
  .number {
    user-select: all;
  }
  .notice {
    padding: 0.5em;
    border-inline-start: 0.25rem solid var(--haven-resource-border-color, var(--_border));
    background: var(--haven-resource-notice-background, light-dark(#fff4d6, #3a3016));
  }
  @media print {
    .resource {
      border-color: #000;
    }
  }
`;
