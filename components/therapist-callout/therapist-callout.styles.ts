import { css } from 'lit';

// The element has no motion of its own, so prefers-reduced-motion needs no rule here.
export const calloutStyles = css`
  :host {
    display: block;
    --_c-bg: var(--haven-therapist-callout-background, var(--_surface));
    --_c-border: var(--haven-therapist-callout-border-color, var(--_border));
    --_c-accent: var(--haven-therapist-callout-accent, var(--_accent));
    --_c-cta-text: var(--haven-therapist-callout-cta-text, var(--_surface));
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
  .base > * + * {
    margin-block-start: calc(var(--_c-pad) * 0.75);
  }
  h2,
  h3,
  h4,
  h5,
  h6,
  p,
  dl,
  dd,
  ul {
    margin: 0;
  }
  [part='heading'] {
    font-size: 1.2em;
    line-height: 1.3;
  }
  [part='subheading'] {
    font-size: 1em;
    color: var(--_c-accent);
  }
  .details {
    display: grid;
    gap: 0.25em 1em;
  }
  .details div {
    display: grid;
    grid-template-columns: minmax(6em, max-content) 1fr;
    gap: 1em;
  }
  dt {
    font-weight: 700;
  }
  ul {
    padding-inline-start: 1.25em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    padding: 0;
    list-style: none;
  }
  a {
    color: var(--_c-accent);
  }
  .cta {
    display: inline-block;
    min-height: 44px;
    padding: 0.5em 1em;
    border: 2px solid var(--_c-accent);
    border-radius: var(--_radius);
    background: var(--_c-accent);
    color: var(--_c-cta-text);
    font-weight: 700;
    text-decoration: none;
  }
  .cta:hover {
    text-decoration: underline;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  @container (max-width: 24rem) {
    .details div {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
  .base {
    container-type: inline-size;
  }
  @media (forced-colors: active) {
    .base,
    .cta {
      border-color: CanvasText;
    }
    .cta {
      background: ButtonFace;
      color: LinkText;
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
    a[href^='https:']::after {
      content: ' (' attr(href) ')';
    }
  }
`;
