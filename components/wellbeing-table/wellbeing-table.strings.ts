// The English words of <haven-wellbeing-table>: replace them with `setStrings` (see src/i18n).
export const wellbeingTableStrings = {
  /** The built-in tables' captions and column headers (the first column holds the row headers). */
  wellbeingCaption: 'Coping strategies by area',
  wellbeingColumns: ['Area', 'Coping strategies', 'Examples and resources'],
  barriersCaption: 'Barriers to support and ways around them',
  barriersColumns: ['Barrier', 'How it gets in the way', 'Ways around it'],
  /** Shown under a table when some of an editor's rows could not be used. */
  tablePartial: 'Some rows could not be shown.',
  /** Shown in place of a table with no rows. */
  tableEmpty: 'There is nothing to show in this table yet.',
};
