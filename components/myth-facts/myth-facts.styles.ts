import { css } from 'lit';

export const mythFactsStyles = css`
  :host {
    display: block;
    --_min: var(--haven-myth-facts-min-column, 18rem);
    --_gap: var(--haven-myth-facts-gap, var(--_space));
  }
  .base {
    /* A heading, an intro or an editor's text with a very long word still wraps. */
    overflow-wrap: anywhere;
  }
  .base > * + * {
    margin-block-start: var(--_gap);
  }
  .heading {
    margin: 0;
    line-height: 1.25;
  }
  .intro ::slotted(*),
  .intro p {
    margin: 0;
  }
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_min)), 1fr));
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list > li {
    /* A grid of one: the card stretches to the row, so cards in a row are the same height. */
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    min-width: 0;
  }
  @media print {
    .list {
      display: block;
    }
    .list > li,
    .list ::slotted(*) {
      margin-block-end: 0.5rem;
    }
  }
`;
