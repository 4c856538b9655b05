// The English words of <haven-resource> (also used by the panel's list): replace them with
// `setStrings` (see src/i18n). `{…}` are placeholders; keys ending One/Other are plural forms,
// chosen with Intl.PluralRules.
export const resourceStrings = {
  /** Each need in the fixed vocabulary, keyed by its value. */
  needCrisis: 'Crisis support',
  'needMental-health': 'Mental health',
  'needSexual-health': 'Sexual health',
  needHealth: 'Health care',
  needLegal: 'Legal help',
  'needPeer-support': 'Peer support',
  'needHarm-reduction': 'Harm reduction',
  needHousing: 'Housing',
  needImmigration: 'Immigration',
  needMoney: 'Money and benefits',
  needViolence: 'Violence and safety',
  needOther: 'Other support',
  /** Labels of a service's details. */
  resourceNeeds: 'Help with',
  resourceHours: 'Hours',
  resourceLanguages: 'Languages',
  resourceCost: 'Cost',
  resourceArea: 'Area served',
  resourceEligibility: 'Who can use it',
  resourceHow: 'How to get in touch',
  resourceRecords: 'Records kept',
  /** Contact links; the service's name follows for screen readers. */
  resourceCall: 'Call',
  resourceText: 'Text',
  resourceWebsite: 'Website',
  resourceEmail: 'Email',
  /** Between a number and its extension. */
  resourceExt: 'ext.',
  /** The emergency-dispatch policy, written beside the call link. */
  dispatchLabel: 'Police or emergency services',
  dispatchNever: 'Their stated policy: they never send them.',
  'dispatchOn-request': 'Their stated policy: only if you ask.',
  'dispatchImminent-risk':
    'Their stated policy: they may send them without your consent if they judge you at imminent risk.',
  /** The safety facts. */
  safetyHeading: 'Before you share details',
  'safetyMandatory-reporting': 'Staff must report some things they hear',
  safetyAnonymous: 'You can stay anonymous',
  'safetyId-required': 'Asks for ID',
  'safetyAsks-immigration-status': 'Asks about immigration status',
  'safetyPeer-led': 'Run by peers',
  'safetySex-worker-led': 'Led by sex workers',
  safetyYes: 'Yes',
  safetyNo: 'No',
  /** Shown for every safety fact the listing does not state. */
  notStated: 'Not stated: ask before you share details',
  /** Opening status, computed in the visitor's browser; {day} {time} in the service's zone. */
  openNow: 'Open now',
  closedOpens: 'Closed · opens {day} {time}',
  today: 'today',
  /** Notices. */
  temporarilyClosed: 'Temporarily closed.',
  staleOne: 'Checked over {n} month ago: confirm before you rely on it.',
  staleOther: 'Checked over {n} months ago: confirm before you rely on it.',
  lastChecked: 'Last checked: {date}',
  notChecked: 'Last checked: not stated',
  resourceSource: 'Source',
  /** Shown instead of a service that has no name. */
  resourceUnnamed: 'This service could not be shown.',
};
