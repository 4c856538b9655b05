// The English words of <haven-myth-fact>: replace them with `setStrings` (see src/i18n).
export const mythFactStrings = {
  fact: 'Fact',
  myth: 'Common myth',
  showExplanation: 'Why this is wrong',
  /** Shown in place of a card whose content could not be found. */
  cardUnavailable: 'This card is not available right now.',
};
