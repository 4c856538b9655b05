// The table scenario: n rows of coping strategies. Ours reads them from a JSON child; the floor
// is the same table as plain HTML; the peer is GOV.UK Frontend's table (CSS only, no JS).
const AREAS = [
  [
    'Physical health',
    'Regular check-ups, rest between shifts, safer-sex supplies',
    'Sexual health clinics; mobile outreach vans',
  ],
  [
    'Mental and emotional self-care',
    'Routines that mark the end of work; journaling; therapy',
    'Online therapy at flexible hours',
  ],
  ['Social support', 'Peer groups; trusted friends who know', 'Sex-worker-led organizations'],
  ['Legal and advocacy', 'Know your rights; keep records', 'Legal aid clinics; advocacy groups'],
  [
    'Harm reduction',
    'Screening clients; working with a buddy',
    'Harm-reduction services; bad-client lists',
  ],
];
const COLUMNS = ['Area of focus', 'Coping strategies', 'Examples and resources'];

export function scenario({ esc }) {
  const rows = (n) =>
    Array.from({ length: n }, (_, i) =>
      AREAS[i % AREAS.length].map((c, j) => (j ? c : `${c} ${i + 1}`)),
    );
  const plain = (n, cls = {}) =>
    `<table class="${cls.table ?? ''}"><caption class="${cls.caption ?? ''}">Coping strategies</caption>` +
    `<thead class="${cls.head ?? ''}"><tr class="${cls.row ?? ''}">${COLUMNS.map((c) => `<th scope="col" class="${cls.th ?? ''}">${esc(c)}</th>`).join('')}</tr></thead>` +
    `<tbody class="${cls.body ?? ''}">${rows(n)
      .map(
        ([h, ...cells]) =>
          `<tr class="${cls.row ?? ''}"><th scope="row" class="${cls.th ?? ''}">${esc(h)}</th>${cells.map((c) => `<td class="${cls.td ?? ''}">${esc(c)}</td>`).join('')}</tr>`,
      )
      .join('')}</tbody></table>`;
  return {
    name: 'table',
    why: "the peer here is GOV.UK Frontend's table, which is static HTML styled by a stylesheet with no JavaScript at all, so it is a second floor rather than a component. Ours parses the rows from JSON, validates them, renders every cell into a shadow root through templates (with a hidden column label per cell for the narrow layout) and lays the table out in a size container; all of that is work the static markup never does.",
    variants: {
      ours: {
        scripts: ['/dist/haven.js'],
        tags: ['haven-wellbeing-table'],
        markup: (n) =>
          `<haven-wellbeing-table caption="Coping strategies"><script type="application/json">${JSON.stringify({ columns: COLUMNS, rows: rows(n) }).replace(/</g, '\\u003c')}</script></haven-wellbeing-table>`,
      },
      floor: { label: 'static HTML', scripts: [], tags: [], markup: (n) => plain(n) },
      peer: {
        label: 'GOV.UK Frontend table (CSS only)',
        scripts: [],
        styles: ['/govuk/govuk-frontend.min.css'],
        tags: [],
        markup: (n) =>
          `<div class="govuk-template__body">${plain(n, {
            table: 'govuk-table',
            caption: 'govuk-table__caption govuk-table__caption--m',
            head: 'govuk-table__head',
            body: 'govuk-table__body',
            row: 'govuk-table__row',
            th: 'govuk-table__header',
            td: 'govuk-table__cell',
          })}</div>`,
      },
    },
  };
}
