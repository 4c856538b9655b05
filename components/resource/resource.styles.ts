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
  /* A summary list: each label above its value, or beside it in one column of labels when the
     card is wide enough, the same in every list of the card. */
  .resource {
    container-type: inline-size;
  }
  dt {
    font-weight: 700;
  }
  @container (width > 36em) {
    dl div {
      display: grid;
      grid-template-columns: 30% 1fr;
      gap: 1em;
    }
  }
  .number {
    user-select: all;
  }
  .notice {
    padding: 0.5em;
    border-inline-start: 0.25rem solid var(--haven-resource-border-color, var(--_border));
    background: var(--haven-resource-notice-background, light-dark(#fff4d6, #3a3016));
  }
`;
