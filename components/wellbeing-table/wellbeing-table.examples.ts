import { jsonChild as json, type ExampleSet } from '../../src/examples.js';

const OWN_COLUMNS = ['Area', 'What helps', 'Where to find it'];

export const wellbeingTableExamples: ExampleSet = {
  tag: 'haven-wellbeing-table',
  trust: {
    json: {
      columns: OWN_COLUMNS,
      rows: [['Rest', 'A wind-down after late shifts.', 'Our group.']],
    },
    markup: [
      '<table><caption>{text}</caption><thead><tr><th>{text}</th><th>B</th><th>C</th></tr></thead><tbody><tr><th>{text}</th><td>{text}</td><td><a href="https://example.org/">{text}</a></td></tr></tbody></table>',
    ],
    idAttributes: ['areas'],
  },
  examples: [
    {
      name: 'default',
      description:
        'Coping strategies by area: a table with a caption, column headers and each area as its row header; sources below.',
    },
    {
      name: 'barriers',
      description: 'The second built-in table: barriers to support and ways around them.',
      attrs: { table: 'barriers' },
    },
    {
      name: 'areas',
      description: 'Chosen areas in a chosen order.',
      attrs: { areas: 'social-support mental-emotional harm-reduction' },
    },
    {
      name: 'caption',
      description: 'A caption of your own.',
      attrs: { caption: 'Looking after yourself', areas: 'physical-health mental-emotional' },
    },
    {
      name: 'no-caption',
      description:
        'The caption hidden visually (a heading above says the same); screen readers still hear it.',
      attrs: { 'no-caption': true, table: 'barriers' },
    },
    {
      name: 'no-sources',
      description: 'Sources and review date hidden.',
      attrs: { 'no-sources': true, areas: 'legal-advocacy harm-reduction' },
    },
    {
      name: 'narrow',
      description:
        'In a narrow container (a 20rem sidebar) on any screen: each row becomes a labelled stack, still a table for screen readers.',
      maxWidth: '20rem',
    },
    {
      name: 'editor-table',
      description:
        "An editor's own plain table, readable without JavaScript; the element enhances it (links kept).",
      children: `<table>
<caption>What helps, and where to find it</caption>
<thead><tr><th>Area</th><th>What helps</th><th>Where to find it</th></tr></thead>
<tbody>
<tr><th>Rest</th><td>A regular wind-down after late shifts.</td><td>Our evening sleep group.</td></tr>
<tr><td>Money worries</td><td>A plan for quiet months.</td><td><a href="https://example.org/budgeting" rel="noopener noreferrer" referrerpolicy="no-referrer">A free budgeting course</a></td></tr>
</tbody>
</table>`,
    },
    {
      name: 'editor-json',
      description: 'Rows from a JSON script child, with column headers of your own.',
      attrs: { caption: 'What helps, and where to find it' },
      children: json({
        columns: OWN_COLUMNS,
        rows: [
          ['Rest', 'A regular wind-down after late shifts.', 'Our evening sleep group.'],
          ['Company', 'Time with people who understand.', 'Our monthly peer meet-up.'],
        ],
      }),
    },
    {
      name: 'invalid-rows',
      description:
        'JSON with one unusable row: the valid rows, a neutral note, and one console warning.',
      attrs: { caption: 'What helps' },
      children: json({
        columns: OWN_COLUMNS,
        rows: [
          ['Rest', 'A regular wind-down.', 'Our sleep group.'],
          ['Company', 42],
        ],
      }),
      warns: 'row(s) 2 skipped',
    },
    {
      name: 'invalid-json',
      description: 'JSON that does not parse: a neutral note and one console warning.',
      children: '<script type="application/json">{"rows": [["Rest", "A wind-down"</script>',
      warns: 'not valid JSON',
    },
    {
      name: 'empty',
      description: 'No rows at all: a neutral note and one console warning.',
      children: json([]),
      warns: 'has no rows to show',
    },
    {
      name: 'unknown-areas',
      description: 'Unknown area ids are skipped with one warning; the known ones show.',
      attrs: { areas: 'social-support astrology' },
      hidden: true,
      warns: 'unknown area id(s) "astrology" skipped',
    },
    {
      name: 'unknown-table',
      description: 'An unknown table falls back to the well-being table with one warning.',
      attrs: { table: 'horoscopes' },
      hidden: true,
      warns: 'table="horoscopes" is not wellbeing or barriers',
    },
    {
      name: 'hostile-json',
      description: 'Markup in JSON rows stays text; nothing executes.',
      children: json([
        [
          '<img src=x onerror="window.__havenPwned=1">',
          '<script>window.__havenPwned=1</script>',
          'Plain text',
        ],
      ]),
      hidden: true,
    },
    {
      name: 'long-text',
      description: 'Very long words wrap without overflowing, wide or narrow.',
      children: json([['Averyveryverylongwordwithoutanybreak'.repeat(6), 'x '.repeat(200), 'y']]),
      hidden: true,
    },
  ],
};
