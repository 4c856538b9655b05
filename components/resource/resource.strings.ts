// The English words of <haven-resource> (also used by the panel's list): replace them with
// `setStrings` (see src/i18n). `{…}` are placeholders; keys ending One/Other are plural forms,
// chosen with Intl.PluralRules.
export const resourceStrings = {
  /** Each need in the fixed vocabulary, keyed by its value. */
  resourceNeedCrisis: 'Crisis support',
  'resourceNeedMental-health': 'Mental health',
  'resourceNeedSexual-health': 'Sexual health',
  resourceNeedHealth: 'Health care',
  resourceNeedLegal: 'Legal help',
  'resourceNeedPeer-support': 'Peer support',
  'resourceNeedHarm-reduction': 'Harm reduction',
  resourceNeedHousing: 'Housing',
  resourceNeedImmigration: 'Immigration',
  resourceNeedMoney: 'Money and benefits',
  resourceNeedViolence: 'Violence and safety',
  resourceNeedOther: 'Other support',
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
  resourceDispatchLabel: 'Police or emergency services',
  resourceDispatchNever: 'Their stated policy: they never send them.',
  'resourceDispatchOn-request': 'Their stated policy: only if you ask.',
  'resourceDispatchImminent-risk':
    'Their stated policy: they may send them without your consent if they judge you at imminent risk.',
  /** The safety facts. */
  resourceSafetyHeading: 'Before you share details',
  'resourceSafetyMandatory-reporting': 'Staff must report some things they hear',
  resourceSafetyAnonymous: 'You can stay anonymous',
  'resourceSafetyId-required': 'Asks for ID',
  'resourceSafetyAsks-immigration-status': 'Asks about immigration status',
  'resourceSafetyPeer-led': 'Run by peers',
  'resourceSafetySex-worker-led': 'Led by sex workers',
  resourceSafetyYes: 'Yes',
  resourceSafetyNo: 'No',
  /** Shown for every safety fact the listing does not state. */
  resourceNotStated: 'Not stated: ask before you share details',
  /** Opening status, computed in the visitor's browser; {day} {time} in the service's zone. */
  resourceOpenNow: 'Open now',
  resourceClosedOpens: 'Closed · opens {day} {time}',
  resourceToday: 'today',
  /** Notices. */
  resourceClosed: 'Temporarily closed.',
  resourceStaleOne: 'Checked over {n} month ago: confirm before you rely on it.',
  resourceStaleOther: 'Checked over {n} months ago: confirm before you rely on it.',
  resourceChecked: 'Last checked: {date}',
  resourceNotChecked: 'Last checked: not stated',
  resourceSource: 'Source',
  /** Shown instead of a service that has no name. */
  resourceUnnamed: 'This service could not be shown.',
};
