import { css } from 'lit';

export const quickExitStyles = css`
  :host {
    --_bg: var(--haven-quick-exit-background, light-dark(#b3261e, #ffb4ab));
    --_fg: var(--haven-quick-exit-color, light-dark(#fff, #410002));
    display: block;
    /* On screen while the page scrolls; the bar lets clicks through, only the link takes them. */
    position: var(--haven-quick-exit-position, sticky);
    top: var(--haven-quick-exit-top, 0);
    z-index: var(--haven-quick-exit-z-index, 2147483647);
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
  ::slotted(a),
  .indicator {
    display: flex;
    gap: 0.375rem;
    align-items: center;
    min-height: 44px;
    padding: 0.5em 1em;
    border: 2px solid var(--_fg);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font-weight: 700;
    overflow-wrap: anywhere;
    pointer-events: auto;
  }
  .indicator {
    min-height: 0;
    padding: 0.25rem 0.5rem;
  }
  [hidden] {
    display: none;
  }
  .dot {
    width: 0.625rem;
    height: 0.625rem;
    border: 2px solid;
    border-radius: 50%;
  }
  .p1 .dot:first-child,
  .p2 .dot:not(:last-child) {
    background: currentColor;
  }
  /* Nothing moves, so prefers-reduced-motion needs no rule; forced colors keep the borders. */
  @media (forced-colors: active) {
    .p1 .dot:first-child,
    .p2 .dot:not(:last-child) {
      background: CanvasText;
    }
  }
  @media print {
    :host {
      display: none !important;
    }
  }
`;
