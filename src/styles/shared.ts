import { css } from 'lit';

/**
 * Global design tokens with their defaults, and helpers every element shares. Each element reads
 * `--haven-<component>-<token>` first, then the global `--haven-*` token, then the default here.
 * Colours follow the page's `color-scheme`: a page that declares `color-scheme: light dark`
 * gets the dark values when the visitor prefers dark.
 */
export const shared = css`
  :host {
    --_font: var(--haven-font-family, inherit);
    --_text: var(--haven-color-text, light-dark(#1b1c20, #f1f2f4));
    --_muted: var(--haven-color-muted, light-dark(#4b4e58, #c4c7cf));
    --_surface: var(--haven-color-surface, light-dark(#ffffff, #1d1f24));
    --_border: var(--haven-color-border, light-dark(#c3c7cf, #5a5e69));
    --_accent: var(--haven-color-accent, light-dark(#1d5c87, #8ec5ee));
    --_focus: var(--haven-color-focus, light-dark(#1d5c87, #8ec5ee));
    --_radius: var(--haven-radius, 0.5rem);
    --_space: var(--haven-space, 1rem);
    box-sizing: border-box;
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  /* Sources and review dates, under a card or a table. */
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .meta p,
  .meta ul {
    margin: 0;
  }
  .meta ul {
    padding-inline-start: 1.25em;
  }
  .note {
    margin: 0;
    padding: calc(var(--_space) * 0.75);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    background: var(--_surface);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
