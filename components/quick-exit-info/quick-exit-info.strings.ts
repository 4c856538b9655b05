// The English words of <haven-quick-exit-info>: replace them with `setStrings` (see src/i18n).
export const quickExitInfoStrings = {
  /** `<haven-quick-exit-info>`: what quick exit does, and what it does not do. */
  quickExitInfo:
    'Quick exit hides this page at once and opens a neutral website. You can also press Shift 3 times.',
  quickExitInfoLimits: 'It does not:',
  quickExitInfoList: [
    'erase your browsing history, including this page',
    'close other tabs',
    'remove history synced to your other devices',
    'hide what monitoring software or a network records',
    'remove calls from your call log',
  ],
};
