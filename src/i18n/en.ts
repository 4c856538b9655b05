/** The English UI strings. Every visible word the elements add around content lives here. */
export const en = {
  fact: 'Fact',
  myth: 'Common myth',
  sources: 'Sources',
  lastReviewed: 'Last reviewed',
  showExplanation: 'Why this is wrong',
  guideline: 'guideline',
  guidelines: 'guidelines',
  couplesGuideline: 'partners and couples guideline',
  couplesGuidelines: 'partners and couples guidelines',
  /** Month names, January first, for review dates. */
  months: 'January February March April May June July August September October November December',
  /** How a review date reads: {day}, {month} and {year} are replaced. */
  dateFormat: '{month} {day}, {year}',
  /** Shown in place of a card whose content could not be found. */
  cardUnavailable: 'This card is not available right now.',
  /** Shown in place of a group that has no cards to show. */
  groupEmpty: 'There are no cards to show here yet.',
  /** The built-in tables' captions and column headers (the first column holds the row headers). */
  wellbeingCaption: 'Coping strategies by area',
  wellbeingColumns: ['Area', 'Coping strategies', 'Examples and resources'],
  barriersCaption: 'Barriers to support and ways around them',
  barriersColumns: ['Barrier', 'How it gets in the way', 'Ways around it'],
  /** Shown under a table when some of an editor's rows could not be used. */
  tablePartial: 'Some rows could not be shown.',
  /** Shown in place of a table with no rows. */
  tableEmpty: 'There is nothing to show in this table yet.',
  /** The quick-exit link; with `neutral`, the visible word and the hidden rest of its name. */
  quickExit: 'Exit this page',
  quickExitNeutral: 'Leave',
  quickExitNeutralHint: 'this page quickly',
  /** Announced after a Shift press; {n} is the number of presses left. */
  quickExitOneMore: 'Shift, press 1 more time to exit.',
  quickExitMore: 'Shift, press {n} more times to exit.',
  quickExitExpired: 'Exit this page expired.',
  /** The blank cover's text while the browser leaves, and the neutral document title. */
  quickExitLoading: 'Loading.',
  quickExitTitle: 'Loading',
  /** `<haven-quick-exit-info>`: what quick exit does, and what it does not do. */
  quickExitInfo:
    'Quick exit hides this page at once and opens a neutral website. You can also press Shift 3 times.',
  quickExitInfoLimits: 'It does not:',
  quickExitInfoList: [
    'erase the history of pages you visited before',
    'close other tabs',
    'remove history synced to your other devices',
    'hide what monitoring software or a network records',
    'remove calls from your call log',
  ],
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

export type HavenStrings = typeof en;
