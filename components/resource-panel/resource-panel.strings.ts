// The English words of <haven-resource-panel>: replace them with `setStrings` (see src/i18n).
// Keys ending One/Other are plural forms, chosen with Intl.PluralRules.
export const resourcePanelStrings = {
  /** The panel's heading when the page gives none. */
  resourcePanelHeading: 'Services',
  resourcePanelFilters: 'Show only',
  resourcePanelNeeds: 'Help with',
  resourcePanelNoPolice: 'Won’t call police unless you ask',
  resourcePanelTextChat: 'Text or chat',
  resourcePanelOpenNow: 'Open now',
  resourcePanelClear: 'Show all',
  /** The result count, announced as filters change. */
  resourcePanelCountOne: 'Showing {n} of {total} service',
  resourcePanelCountOther: 'Showing {n} of {total} services',
  resourcePanelNoMatch: 'No service matches all of these. Try showing fewer.',
  resourcePanelEmpty: 'No services to show.',
  /** Shown when some entries could not be used. */
  resourcePanelPartial: 'Some entries could not be shown.',
};
