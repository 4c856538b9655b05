// The English words of <haven-quick-exit-info>: replace them with `setStrings` (see src/i18n).
export const quickExitInfoStrings = {
  /** `<haven-quick-exit-info>`: what quick exit does, and what it does not do. */
  intro:
    'Quick exit hides this page at once and opens a neutral website. You can also press Shift 3 times.',
  limits: 'What quick exit does not do:',
  // Each item says "not" itself: a list is scanned, and read item by item by a screen reader.
  list: [
    'Does not erase your browsing history: this page stays in it',
    'Does not close other tabs',
    'Does not remove history synced to your other devices',
    'Does not hide what monitoring software or a network records',
    'Does not remove calls from your call log',
  ],
};
