import { css } from 'lit';

// The element has no motion of its own, so prefers-reduced-motion needs no rule here.
export const therapistCalloutStyles = css`
  :host {
    display: block;
    --_c-bg: var(--haven-therapist-callout-background, var(--_surface));
    --_c-border: var(--haven-therapist-callout-border-color, var(--_border));
    --_c-accent: var(--haven-therapist-callout-accent, var(--_accent));
    --_c-pad: var(--haven-therapist-callout-padding, var(--_space));
  }
  .base {
    padding: var(--_c-pad);
    border: 1px solid var(--_c-border);
    border-inline-start: 0.375rem solid var(--_c-accent);
    border-radius: var(--_radius);
    background: var(--_c-bg);
    overflow-wrap: anywhere;
  }
  .base * {
    margin: 0;
  }
  .base > * + * {
    margin-block-start: calc(var(--_c-pad) * 0.75);
  }
  [part='subheading'] {
    color: var(--_c-accent);
  }
  /* Label and value side by side; the value wraps under its label when the card is narrow. */
  dl div {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1em;
  }
  dt {
    min-width: min(7em, 100%);
    font-weight: 700;
  }
  ul {
    padding-inline-start: 1.25em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    padding: 0;
    list-style: none;
  }
  a {
    color: var(--_c-accent);
  }
  .cta {
    display: inline-flex;
    padding: 0.625em 1em;
    border: 2px solid var(--_c-accent);
    border-radius: var(--_radius);
    background: var(--_c-accent);
    color: var(--_c-bg);
    font-weight: 700;
    text-decoration: none;
  }
  /* One box (first-line baseline, so the list marker stays level with it): a long title stays
     one target even when it wraps over many lines. */
  .meta a {
    display: inline-flex;
  }
  @media (forced-colors: active) {
    .base,
    .cta {
      border-color: CanvasText;
    }
  }
  @media print {
    .base {
      break-inside: avoid;
      border-color: #000;
    }
    .cta {
      background: none;
      color: inherit;
    }
    [href^='https']::after {
      content: ' (' attr(href) ')';
    }
  }
`;
