import { css } from 'lit';

export const quickExitInfoStyles = css`
  :host {
    display: block;
    --_info-bg: var(--haven-quick-exit-info-background, var(--_surface));
    --_info-border: var(--haven-quick-exit-info-border-color, var(--_border));
  }
  .base {
    padding: var(--_space);
    border: 1px solid var(--_info-border);
    border-radius: var(--_radius);
    background: var(--_info-bg);
    overflow-wrap: anywhere;
  }
  p,
  ul,
  ::slotted(*) {
    margin: 0 0 0.5em;
  }
  ul {
    padding-inline-start: 1.25em;
  }
  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
  }
  @media print {
    .base {
      break-inside: avoid;
      border-color: #000;
    }
  }
`;
