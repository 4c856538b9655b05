// The English words of <haven-resource-panel>: replace them with `setStrings` (see src/i18n).
// Keys ending One/Other are plural forms, chosen with Intl.PluralRules.
export const resourcePanelStrings = {
  /** The panel's heading when the page gives none. */
  heading: 'Services',
  filters: 'Show only',
  needs: 'Help with',
  noPolice: 'Won’t call police unless you ask',
  textChat: 'Text or chat',
  openNow: 'Open now',
  clear: 'Show all',
  /** The result count, announced as filters change. */
  countOne: 'Showing {n} of {total} service',
  countOther: 'Showing {n} of {total} services',
  noMatch: 'No service matches all of these. Try showing fewer.',
  empty: 'No services to show.',
  /** Shown when some entries could not be used. */
  partial: 'Some entries could not be shown.',
};
