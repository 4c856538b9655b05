// The English words of <haven-resource-panel>: replace them with `setStrings` (see src/i18n).
// Keys ending One/Other are plural forms, chosen with Intl.PluralRules.
export const resourcePanelStrings = {
  /** The panel's heading when the page gives none. */
  panelHeading: 'Services',
  panelFilters: 'Show only',
  panelNeeds: 'Help with',
  panelNoPolice: 'Won’t call police unless you ask',
  panelTextChat: 'Text or chat',
  panelOpenNow: 'Open now',
  panelClear: 'Show all',
  /** The result count, announced as filters change. */
  panelCountOne: 'Showing {n} of {total} service',
  panelCountOther: 'Showing {n} of {total} services',
  panelNoMatch: 'No service matches all of these. Try showing fewer.',
  panelEmpty: 'No services to show.',
  /** Shown when some entries could not be used. */
  panelPartial: 'Some entries could not be shown.',
};
