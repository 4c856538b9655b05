// The English words of <haven-resource> (also used by the panel's list): replace them with
// `setStrings` (see src/i18n). `{…}` are placeholders; keys ending One/Other are plural forms,
// chosen with Intl.PluralRules.
export const resourceStrings = {
  /** Each need in the fixed vocabulary, keyed by its value. */
  crisis: 'Crisis support',
  'mental-health': 'Mental health',
  'sexual-health': 'Sexual health',
  health: 'Health care',
  legal: 'Legal help',
  'peer-support': 'Peer support',
  'harm-reduction': 'Harm reduction',
  housing: 'Housing',
  immigration: 'Immigration',
  money: 'Money and benefits',
  violence: 'Violence and safety',
  other: 'Other support',
  /** Labels of a service's details. */
  needs: 'Help with',
  hours: 'Hours',
  languages: 'Languages',
  cost: 'Cost',
  area: 'Area served',
  eligibility: 'Who can use it',
  how: 'How to get in touch',
  records: 'Records kept',
  /** Contact links; the service's name follows for screen readers. */
  call: 'Call',
  text: 'Text',
  website: 'Website',
  email: 'Email',
  /** Between a number and its extension. */
  ext: 'ext.',
  /** The emergency-dispatch policy, written beside the call link, keyed by its value. */
  dispatchLabel: 'Police or emergency services',
  never: 'Their stated policy: they never send them.',
  'on-request': 'Their stated policy: only if you ask.',
  'with-exceptions': 'Their stated policy: only if you ask, with exceptions they name:',
  'imminent-risk':
    'Their stated policy: they may send them without your consent if they judge you at imminent risk.',
  /** The safety facts, keyed by attribute name. */
  safetyHeading: 'Before you share details',
  'mandatory-reporting': 'Staff must report some things they hear',
  anonymous: 'You can stay anonymous',
  'id-required': 'Asks for ID',
  'asks-immigration-status': 'Asks about immigration status',
  'peer-led': 'Run by peers',
  'sex-worker-led': 'Led by sex workers',
  safetyYes: 'Yes',
  safetyNo: 'No',
  /** Shown for every safety fact the listing does not state. */
  notStated: 'Not stated: ask before you share details',
  /** Opening status, computed in the visitor's browser; {day} {time} in the service's zone. */
  openNow: 'Open now',
  closedOpens: 'Closed · opens {day} {time}',
  today: 'today',
  /** Notices. */
  closed: 'Temporarily closed.',
  staleOne: 'Checked over {n} month ago: confirm before you rely on it.',
  staleOther: 'Checked over {n} months ago: confirm before you rely on it.',
  checked: 'Last checked: {date}',
  notChecked: 'Last checked: not stated',
  source: 'Source',
  /** Shown instead of a service that has no name. */
  unnamed: 'This service could not be shown.',
};
