/**
 * The English UI strings the elements share (sources, review dates). Each element's own words
 * live beside it in `components/<name>/<name>.strings.ts`, so a page loads only the words of the
 * elements it uses; `setStrings` replaces any of them, loaded or not.
 */
export const en = {
  sources: 'Sources',
  lastReviewed: 'Last reviewed',
  /** A calendar day in words: {day}, {month} (from `months`) and {year} are replaced. */
  date: '{month} {day}, {year}',
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  /** Before the numbers of the practice guidelines cited, by plural category (Intl.PluralRules). */
  guideline: { one: 'guideline', other: 'guidelines' },
  couplesGuideline: {
    one: 'partners and couples guideline',
    other: 'partners and couples guidelines',
  },
};
