// The English words of <haven-wellbeing-plan>: replace them with `setStrings` (see src/i18n).
// `{n}` and `{total}` are replaced; a string with plural forms is picked with Intl.PluralRules.
import type { Plural } from '../../src/i18n/index.js';

export const wellbeingPlanStrings = {
  /** The heading: neutral, so a glance at the screen or a printout says little. */
  heading: 'My plan',
  intro:
    'Three short steps, then a page to print or copy. This form stores and sends nothing: what you write stays on this screen until you clear it or leave.',
  step: 'Step {n} of {total}',
  /** Step 1: values. */
  values: 'What matters to you',
  valuesHint: 'Tick any that fit, and add your own.',
  /** Suggested values to tick. */
  valueWords: [
    'Health',
    'Safety',
    'Independence',
    'Rest',
    'Family',
    'Friends',
    'Money and security',
    'Creativity',
    'Respect',
  ],
  valuesOwn: 'In your own words',
  /** Step 2: goals by area. */
  goals: 'Your goals',
  goalsHint:
    'For any area, pick ideas from the table of coping strategies, or write a small goal of your own.',
  goalOwn: 'A goal of your own',
  goalOther: 'Anything else',
  /** Step 3: looking again. */
  review: 'Looking at it again',
  reviewHint: 'Needs change. Choose when to look at your plan again and change it.',
  /** Suggested times to tick. */
  reviewWords: ['In a week', 'In a month', 'When something changes: work, health, home or people'],
  reviewOwn: 'Another time, or who could help',
  back: 'Back',
  next: 'Next',
  show: 'Show my plan',
  edit: 'Change answers',
  print: 'Print',
  copy: 'Copy as text',
  clear: 'Clear',
  /** The plan's sections, in the first person: the visitor's own page. */
  valuesDone: 'What matters to me',
  goalsDone: 'My goals',
  reviewDone: 'When I will look at it again',
  nothing: 'Nothing yet.',
  /** Live-region messages. */
  ready: {
    one: 'Your plan is ready, with {n} goal.',
    other: 'Your plan is ready, with {n} goals.',
  } as Plural,
  copied: 'Copied. It stays on the clipboard until you copy something else.',
  copyFailed: 'Could not copy. Select the plan and copy it instead.',
  cleared: 'Cleared.',
  /** What the visitor should still do on a shared device: what the page cannot clear. */
  shared:
    "On a shared device: this form keeps nothing, but a printout, a saved PDF, the printer's queue, copied text and the browser's history of the pages you visited can. Put printouts away, delete saved files, copy something else afterwards, and use a private window if you can.",
  /** Shown when some of an editor's suggestions or areas could not be used. */
  partial: 'Some suggestions could not be shown.',
};
