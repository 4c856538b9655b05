// The English words of <haven-myth-facts>: replace them with `setStrings` (see src/i18n).
export const mythFactsStrings = {
  /** Shown in place of a group that has no cards to show. */
  groupEmpty: 'There are no cards to show here yet.',
};
