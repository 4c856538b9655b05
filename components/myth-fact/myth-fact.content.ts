// For the loader: the built-in text a <haven-myth-fact> shows is that of its content-id.
import { loadMyths } from '../../src/content/myths-by-id.js';

export const load = (cards: Element[], langOf: (el: Element) => string): Promise<unknown> =>
  Promise.all(
    cards.map((card) => loadMyths([(card.getAttribute('content-id') ?? '').trim()], langOf(card))),
  );
