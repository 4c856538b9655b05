// The English words of <haven-wellbeing-plan>: replace them with `setStrings` (see src/i18n).
// `{n}` and `{total}` are replaced; a string with plural forms is picked with Intl.PluralRules.

/** A string with plural forms, keyed by `Intl.PluralRules` category; `other` is required. */
export type PlanPlural = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

export const wellbeingPlanStrings = {
  /** The heading: neutral, so a glance at the screen or a printout says little. */
  planHeading: 'My plan',
  planIntro:
    'Three short steps, then a page to print or copy. This form stores and sends nothing: what you write stays on this screen until you clear it or leave.',
  planStep: 'Step {n} of {total}',
  /** Step 1: values. */
  planValues: 'What matters to you',
  planValuesHint: 'Tick any that fit, and add your own.',
  /** Suggested values to tick. */
  planValueWords: [
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
  planValuesOwn: 'In your own words',
  /** Step 2: goals by area. */
  planGoals: 'Your goals',
  planGoalsHint:
    'For any area, pick ideas from the table of coping strategies, or write a small goal of your own.',
  planGoalOwn: 'A goal of your own',
  planGoalOther: 'Anything else',
  /** Step 3: looking again. */
  planReview: 'Looking at it again',
  planReviewHint: 'Needs change. Choose when to look at your plan again and change it.',
  /** Suggested times to tick. */
  planReviewWords: [
    'In a week',
    'In a month',
    'When something changes: work, health, home or people',
  ],
  planReviewOwn: 'Another time, or who could help',
  planBack: 'Back',
  planNext: 'Next',
  planShow: 'Show my plan',
  planEdit: 'Change answers',
  planPrint: 'Print',
  planCopy: 'Copy as text',
  planClear: 'Clear',
  /** The plan's sections, in the first person: the visitor's own page. */
  planValuesDone: 'What matters to me',
  planGoalsDone: 'My goals',
  planReviewDone: 'When I will look at it again',
  planNothing: 'Nothing yet.',
  /** Live-region messages. */
  planReady: {
    one: 'Your plan is ready, with {n} goal.',
    other: 'Your plan is ready, with {n} goals.',
  } as PlanPlural,
  planCopied: 'Copied. It stays on the clipboard until you copy something else.',
  planCopyFailed: 'Could not copy. Select the plan and copy it instead.',
  planCleared: 'Cleared.',
  /** What the visitor should still do on a shared device: what the page cannot clear. */
  planShared:
    "On a shared device: this form keeps nothing, but a printout, a saved PDF, the printer's queue, copied text and the browser's history of the pages you visited can. Put printouts away, delete saved files, copy something else afterwards, and use a private window if you can.",
  /** Shown when some of an editor's suggestions or areas could not be used. */
  planPartial: 'Some suggestions could not be shown.',
};
