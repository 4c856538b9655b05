/**
 * The English UI strings the elements share (sources, review dates). Each element's own words
 * live beside it in `components/<name>/<name>.strings.ts`, so a page loads only the words of the
 * elements it uses; `setStrings` replaces any of them, loaded or not.
 */
export const en = {
  sources: 'Sources',
  lastReviewed: 'Last reviewed',
  guideline: 'guideline',
  guidelines: 'guidelines',
  couplesGuideline: 'partners and couples guideline',
  couplesGuidelines: 'partners and couples guidelines',
  /** Month names, January first, for review dates. */
  months: 'January February March April May June July August September October November December',
  /** How a review date reads: {day}, {month} and {year} are replaced. */
  dateFormat: '{month} {day}, {year}',
};
