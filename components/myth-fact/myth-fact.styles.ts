import { css } from 'lit';

export const mythFactStyles = css`
  :host {
    display: block;
    /* A long page of cards lays out and paints only the ones near the screen; the others keep
       their last measured height (or this estimate), so the scrollbar stays steady. */
    content-visibility: auto;
    contain-intrinsic-block-size: auto 16rem;
    --_card-bg: var(--haven-myth-fact-background, var(--_surface));
    --_card-border: var(--haven-myth-fact-border-color, var(--_border));
    --_card-accent: var(--haven-myth-fact-accent, var(--_accent));
    --_myth-color: var(--haven-myth-fact-myth-color, var(--_muted));
    --_fact-size: var(--haven-myth-fact-heading-size, 1.2em);
    --_pad: var(--haven-myth-fact-padding, var(--_space));
  }
  .base {
    height: 100%;
    padding: var(--_pad);
    border: 1px solid var(--_card-border);
    border-inline-start: 0.375rem solid var(--_card-accent);
    border-radius: var(--_radius);
    background: var(--_card-bg);
    overflow-wrap: anywhere;
  }
  .base > * + * {
    margin-block-start: calc(var(--_pad) * 0.75);
  }
  .label {
    display: inline-block;
    margin: 0;
    font-weight: 700;
    letter-spacing: 0.04em;
    /* Small capitals, not text-transform: screen readers get "Common myth", not "COMMON MYTH". */
    font-variant-caps: all-small-caps;
    font-size: 0.95em;
  }
  .fact-label {
    color: var(--_card-accent);
  }
  .fact {
    margin: 0;
    font-size: var(--_fact-size);
    font-weight: 700;
    line-height: 1.3;
  }
  .fact ::slotted(*) {
    margin: 0;
    font: inherit;
  }
  .myth {
    margin: 0;
    color: var(--_myth-color);
  }
  .myth .label {
    margin-inline-end: 0.5em;
  }
  .myth ::slotted(*) {
    display: inline;
    margin: 0;
  }
  .explanation ::slotted(*),
  .explanation > :is(p, ul, ol) {
    margin-block: 0 0.5em;
  }
  .explanation.is-hidden {
    display: none;
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    padding: 0.5em 0.875em;
    border: 2px solid var(--_card-accent);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .toggle:hover {
    background: color-mix(in srgb, var(--_card-accent) 12%, transparent);
  }
  /* A triangle drawn with borders: no transform, so no paint layer per card. */
  .chevron {
    border-block-start: 0.45em solid currentColor;
    border-inline: 0.3em solid transparent;
  }
  [aria-expanded='true'] .chevron {
    border-block: 0 solid transparent;
    border-block-end: 0.45em solid currentColor;
  }
  .meta {
    padding-block-start: calc(var(--_pad) * 0.5);
    border-block-start: 1px solid var(--_card-border);
  }
  .meta ::slotted(*) {
    margin: 0;
  }
  .meta ::slotted(ul) {
    padding-inline-start: 1.25em;
  }
  a {
    color: var(--_card-accent);
  }
  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
    .chevron {
      forced-color-adjust: none;
      color: ButtonText;
    }
    .toggle {
      border-color: ButtonText;
    }
  }
  @media print {
    .base {
      break-inside: avoid;
      border-color: #000;
    }
    .explanation.is-hidden {
      display: block;
    }
    .toggle {
      display: none;
    }
  }
`;
