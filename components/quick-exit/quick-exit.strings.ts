// The English words of <haven-quick-exit>: replace them with `setStrings` (see src/i18n).
export const quickExitStrings = {
  /** The name of the quick exit's landmark (a navigation region). */
  landmark: 'Quick exit',
  /** The quick-exit link; with `neutral`, the visible word and the hidden rest of its name. */
  link: 'Exit this page',
  neutral: 'Leave',
  neutralHint: 'this page quickly',
  /** Announced after a Shift press; {n} is the number of presses left (Intl.PluralRules forms). */
  more: {
    one: 'Shift, press {n} more time to exit.',
    other: 'Shift, press {n} more times to exit.',
  },
  expired: 'Exit this page expired.',
  /** The blank cover's text while the browser leaves, and the neutral document title. */
  loading: 'Loading.',
  title: 'Loading',
};
