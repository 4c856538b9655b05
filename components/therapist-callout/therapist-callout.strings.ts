// The English words of <haven-therapist-callout>: replace them with `setStrings` (see src/i18n).
export const therapistCalloutStrings = {
  /** The therapist callout: guide mode's heading, then the headings of its lists. */
  guideHeading: 'Finding a competent therapist',
  does: 'A competent therapist',
  doesnt: 'A competent therapist does not',
  ask: 'Questions to ask',
  where: 'Where to look',
  /** Labels of a practice's details. */
  sessions: 'Sessions',
  area: 'Where',
  languages: 'Languages',
  newClients: 'New clients',
  fees: 'Fees',
  phoneNumber: 'Phone',
  /** How sessions happen, keyed by the value an editor gives. */
  online: 'Online',
  'in-person': 'In person',
  phone: 'By phone',
  accepting: 'Accepting new clients',
  notAccepting: 'Not accepting new clients',
  /** Contact actions; a phone number follows "Call". */
  call: 'Call',
  book: 'Book a session',
  email: 'Email',
  website: 'Website',
  confidentiality: 'Limits of confidentiality',
  /** Shown when a practice has not written its limits of confidentiality. */
  askConfidentiality:
    'Ask about the limits of confidentiality: what would they have to report, and would they report what you say about your work?',
  /** Shown when some of a practice's details could not be used. */
  calloutPartial: 'Some details could not be shown.',
};
