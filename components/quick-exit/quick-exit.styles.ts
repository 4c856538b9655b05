import { css } from 'lit';

export const quickExitStyles = css`
  :host {
    --_bg: var(--haven-quick-exit-background, light-dark(#b3261e, #ffb4ab));
    --_fg: var(--haven-quick-exit-color, light-dark(#ffffff, #410002));
    --_z: var(--haven-quick-exit-z-index, 2147483647);
    display: block;
    /* On screen while the page scrolls; the bar lets clicks through, only the link takes them. */
    position: var(--haven-quick-exit-position, sticky);
    inset-block-start: var(--haven-quick-exit-top, 0);
    inset-inline-end: 0;
    z-index: var(--_z);
    pointer-events: none;
  }
  :host([neutral]) {
    --_bg: var(--haven-quick-exit-background, var(--_surface));
    --_fg: var(--haven-quick-exit-color, var(--_text));
  }
  .base {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: 0.25rem;
    padding: 0.5rem;
  }
  .link,
  ::slotted(a) {
    display: inline-flex;
    align-items: center;
    max-width: 100%;
    min-height: 44px;
    padding: 0.5em 1em;
    border: 2px solid var(--_fg);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
    pointer-events: auto;
    box-shadow: 0 0 0 2px var(--_bg);
  }
  :host([neutral]) .link,
  :host([neutral]) ::slotted(a) {
    border-color: var(--_border);
    box-shadow: none;
  }
  .indicator {
    display: flex;
    gap: 0.375rem;
    padding: 0.25rem 0.5rem;
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .indicator[hidden] {
    display: none;
  }
  .dot {
    width: 0.625rem;
    height: 0.625rem;
    border: 2px solid var(--_fg);
    border-radius: 50%;
  }
  .dot.on {
    background: var(--_fg);
  }
  @media (forced-colors: active) {
    .link,
    ::slotted(a) {
      border-color: LinkText;
    }
    .dot {
      border-color: CanvasText;
    }
    .dot.on {
      background: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .link {
      transition: none;
    }
  }
  @media print {
    :host {
      display: none !important;
    }
  }
`;
