// The English words of <haven-quick-exit>: replace them with `setStrings` (see src/i18n).
export const quickExitStrings = {
  /** The name of the quick exit's landmark (a navigation region). */
  quickExitLandmark: 'Quick exit',
  /** The quick-exit link; with `neutral`, the visible word and the hidden rest of its name. */
  quickExit: 'Exit this page',
  quickExitNeutral: 'Leave',
  quickExitNeutralHint: 'this page quickly',
  /** Announced after a Shift press; {n} is the number of presses left (Intl.PluralRules forms). */
  quickExitMore: {
    one: 'Shift, press {n} more time to exit.',
    other: 'Shift, press {n} more times to exit.',
  },
  quickExitExpired: 'Exit this page expired.',
  /** The blank cover's text while the browser leaves, and the neutral document title. */
  quickExitLoading: 'Loading.',
  quickExitTitle: 'Loading',
};
