import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { HavenWellbeingTable } from '../components/wellbeing-table/wellbeing-table.component.js';
import { wellbeingTableExamples as set } from '../components/wellbeing-table/wellbeing-table.examples.js';
import { example, renderExample } from '../src/examples.js';
import { listRows } from '../src/content/registry.js';
import { resetWarnings } from '../src/internal/warn.js';
import {
  axOf,
  captureConsole,
  clean,
  deepText,
  motionAndInlineStyles,
  mount,
  q,
  setViewport,
  settle,
  shadow,
  texts,
  withForcedColors,
  withPrint,
} from './helpers.js';

const table = (name: string) => mount<HavenWellbeingTable>(set, example(set, name));

/** Mounts an example inside a wrapper of a given width (the "sidebar"). */
async function inContainer(name: string, width: string): Promise<HavenWellbeingTable> {
  const wrapper = await fixture<HTMLDivElement>(html`<div class="sidebar"></div>`);
  wrapper.style.width = width;
  const el = renderExample(set.tag, example(set, name)) as HavenWellbeingTable;
  wrapper.append(el);
  await settle(el);
  return el;
}

/**
 * The table named `caption` in `el`, as a screen reader gets it: its role and name, then each
 * row's cells as [role, name] pairs (tests/helpers.ts axOf: the engine's accessibility tree).
 */
async function axRows(
  el: HavenWellbeingTable,
  caption: string,
): Promise<Array<Array<[string, string]>>> {
  const t = q(el, 'table')[0]! as HTMLTableElement;
  const rows = [...t.rows];
  const cells = rows.flatMap((r) => [...r.cells]);
  const ax = await axOf([t, ...rows, ...cells]);
  expect(ax[0], 'the table').to.deep.equal({ role: 'table', name: caption });
  expect(
    ax.slice(1, 1 + rows.length).map((a) => a.role),
    'rows',
  ).to.deep.equal(rows.map(() => 'row'));
  const byCell = new Map(cells.map((c, i) => [c, ax[1 + rows.length + i]!]));
  return rows.map((r) =>
    [...r.cells]
      .map((c) => byCell.get(c)!)
      .filter((c) => ['columnheader', 'rowheader', 'cell'].includes(c.role))
      .map((c): [string, string] => [c.role, clean(c.name)]),
  );
}

describe('<haven-wellbeing-table>', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  describe('table semantics', () => {
    it('renders a real table: caption, column headers with scope=col, areas as row headers', async () => {
      const el = await table('default');
      const rows = listRows('wellbeing');
      expect(rows.map((r) => r.id)).to.deep.equal([
        'wellbeing/physical-health',
        'wellbeing/mental-emotional',
        'wellbeing/social-support',
        'wellbeing/legal-advocacy',
        'wellbeing/harm-reduction',
      ]);
      expect(texts(el, 'table > caption')).to.deep.equal(['Coping strategies by area']);
      const cols = q(el, 'table > thead > tr > th');
      expect(cols.map((c) => c.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col']);
      expect(texts(el, 'thead th')).to.deep.equal([
        'Area',
        'Coping strategies',
        'Examples and resources',
      ]);
      const bodyRows = q(el, 'table > tbody > tr');
      expect(bodyRows).to.have.length(rows.length);
      bodyRows.forEach((tr, i) => {
        const [head, ...cells] = [...(tr as HTMLTableRowElement).cells];
        expect(head!.localName).to.equal('th');
        expect(head!.getAttribute('scope')).to.equal('row');
        expect(clean(deepText(head!))).to.equal(rows[i]!.label);
        expect(cells.map((c) => c.localName)).to.deep.equal(['td', 'td']);
        // Each data cell sits under the column header of the same index.
        cells.forEach((c, j) => {
          expect(c.cellIndex).to.equal(j + 1);
          expect(clean(c.textContent!)).to.contain(rows[i]!.cells[j]!);
        });
      });
    });

    it('exposes table, column headers, row headers and cells to screen readers, wide and narrow', async () => {
      const el = await inContainer('default', '60rem');
      const expected = [
        [
          ['columnheader', 'Area'],
          ['columnheader', 'Coping strategies'],
          ['columnheader', 'Examples and resources'],
        ],
        ...listRows('wellbeing').map((r) => [
          ['rowheader', r.label],
          ['cell', r.cells[0]],
          ['cell', r.cells[1]],
        ]),
      ];
      expect(getComputedStyle(q(el, 'td')[0]!).display, 'wide: a table').to.equal('table-cell');
      expect(await axRows(el, 'Coping strategies by area')).to.deep.equal(expected);

      el.parentElement!.style.width = '320px';
      await settle(el);
      expect(getComputedStyle(q(el, 'td')[0]!).display, 'narrow: stacked').to.equal('block');
      // Same roles and names: the stacked layout keeps the table semantics, and the column
      // name repeated in each cell (aria-hidden) is not read twice.
      expect(await axRows(el, 'Coping strategies by area')).to.deep.equal(expected);
    });

    it('renders the barriers table when table="barriers"', async () => {
      const el = await table('barriers');
      expect(texts(el, 'caption')).to.deep.equal(['Barriers to support and ways around them']);
      expect(texts(el, 'thead th')).to.deep.equal([
        'Barrier',
        'How it gets in the way',
        'Ways around it',
      ]);
      expect(texts(el, 'tbody th')).to.deep.equal([
        'Cost',
        'Bias among providers',
        'Lack of time',
        'Criminalization',
      ]);
      expect(q(el, 'tbody td')).to.have.length(8);
    });

    it('areas picks and orders rows; unknown ids are skipped with one warning', async () => {
      const el = await table('areas');
      expect(texts(el, 'tbody th')).to.deep.equal([
        'Social support',
        'Mental and emotional self-care',
        'Harm reduction',
      ]);
      resetWarnings();
      let partial!: HavenWellbeingTable;
      const logged = await captureConsole(async () => {
        partial = await table('unknown-areas');
        await table('unknown-areas');
      });
      expect(texts(partial, 'tbody th')).to.deep.equal(['Social support']);
      expect(logged).to.have.length(1);
      expect(logged[0]).to.contain('"astrology"').and.contain('physical-health');
      expect(shadow(partial).querySelector('[part="note"]')).to.equal(null);
    });

    it('takes a caption of its own', async () => {
      const el = await table('caption');
      expect(texts(el, 'caption')).to.deep.equal(['Looking after yourself']);
    });

    it('no-caption hides the caption visually but keeps it as the table name', async () => {
      const el = await table('no-caption');
      const caption = q(el, 'caption')[0]!;
      expect(caption.getBoundingClientRect().height).to.be.at.most(1);
      expect(clean(deepText(caption))).to.equal('Barriers to support and ways around them');
      const rows = await axRows(el, 'Barriers to support and ways around them');
      expect(rows).to.have.length(5);
    });
  });

  describe('sources', () => {
    it('lists each source once, with guideline numbers, and the review date', async () => {
      const el = await table('barriers');
      const items = texts(el, '[part="sources"] li');
      expect(items).to.have.length(new Set(items).size);
      expect(items).to.include(
        'Building Well-Being Through Coping in Sex Work (an AI-generated summary page, Ithy, February 2025)',
      );
      expect(items).to.include('General advice, not from a published source');
      expect(items.find((i) => i.startsWith('Guidelines: Mental Health Professionals'))).to.match(
        /guideline 10$/,
      );
      const time = q(el, '[part="sources"] time')[0]!;
      const latest = listRows('barriers')
        .map((r) => r.reviewed)
        .sort()
        .pop();
      expect(time.getAttribute('datetime')).to.equal(latest);
    });

    it('no-sources hides them', async () => {
      const el = await table('no-sources');
      expect(q(el, '[part="sources"]')).to.have.length(0);
      expect(q(el, 'tbody tr')).to.have.length(2);
    });
  });

  describe('layout follows the container, not the viewport', () => {
    it('stacks rows into labelled blocks in a 20rem sidebar on a wide screen, without overflow', async () => {
      await setViewport({ width: 1200, height: 900 });
      const el = await table('narrow');
      const base = q(el, '[part="base"]')[0]!;
      expect(base.getBoundingClientRect().width).to.be.at.most(321);
      const td = q(el, 'td')[0]!;
      expect(getComputedStyle(td).display).to.equal('block');
      const label = q(el, 'td [part="label"]')[0]!;
      expect(label.getBoundingClientRect().height, 'column name shown in the cell').to.be.above(0);
      expect(label.getAttribute('aria-hidden')).to.equal('true');
      expect(clean(label.textContent!)).to.equal('Coping strategies');
      // The column headers are clipped, not removed: screen readers still use them.
      const thead = q(el, 'thead')[0]!;
      expect(getComputedStyle(thead).display).to.not.equal('none');
      expect(thead.getBoundingClientRect().height).to.be.at.most(1);
      const right = base.getBoundingClientRect().right;
      for (const cell of q(el, 'th, td')) {
        expect(cell.getBoundingClientRect().right).to.be.at.most(right + 0.5);
      }
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    });

    it('is a table on a wide container, with the repeated labels hidden', async () => {
      await setViewport({ width: 1200, height: 900 });
      const el = await table('default');
      const [first] = q(el, 'tbody tr') as HTMLTableRowElement[];
      const tops = [...first!.cells].map((c) => Math.round(c.getBoundingClientRect().top));
      expect(new Set(tops).size, 'cells of a row side by side').to.equal(1);
      expect(getComputedStyle(q(el, '[part="label"]')[0]!).display).to.equal('none');
    });

    it('has no horizontal scrolling on a 320 px phone', async () => {
      const narrow = await setViewport({ width: 320, height: 640 });
      const el = await table('default');
      await settle(el);
      expect(getComputedStyle(q(el, 'td')[0]!).display).to.equal('block');
      expect(document.documentElement.scrollWidth).to.be.at.most(narrow);
      for (const cell of q(el, 'th, td')) {
        expect(cell.getBoundingClientRect().right).to.be.at.most(narrow);
      }
    });

    it('wraps very long words instead of overflowing, wide and narrow', async () => {
      for (const width of ['60rem', '300px']) {
        const el = await inContainer('long-text', width);
        const base = q(el, '[part="base"]')[0]!;
        expect(base.scrollWidth, width).to.be.at.most(base.clientWidth);
      }
    });
  });

  describe("editor's own rows", () => {
    it('keeps safe links with noopener, noreferrer and no referrer; turns unsafe ones into text, said once', async () => {
      resetWarnings();
      const el = renderExample(set.tag, {
        name: 'links',
        description: '',
        children: `<table><tr><th>Area</th><th>What helps</th><th>Where</th></tr>
          <tr><td>Rest</td><td><a href="https://example.org/rest" onclick="window.bad = 1">Rest guide</a></td>
          <td><a href="javascript:window.bad=1">Run me</a> <a href="tel:+17149758893">Call</a></td></tr></table>`,
      });
      const logged = await captureConsole(async () => {
        await fixture(el);
        await settle(el);
      });
      const links = q(el, 'td a') as HTMLAnchorElement[];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://example.org/rest',
        'tel:+17149758893',
      ]);
      for (const a of links) {
        expect(a.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
        expect(a.getAttribute('referrerpolicy')).to.equal('no-referrer');
        expect(a.hasAttribute('onclick')).to.equal(false);
      }
      expect(texts(el, 'td')[1]).to.contain('Run me');
      expect(logged).to.have.length(1);
      expect(logged[0]).to.contain('javascript:window.bad=1');
      expect(q(el, '[part="note"]')).to.have.length(0);
    });

    it('enhances a light-DOM table: caption, headers and rows read into a real table, links kept', async () => {
      const el = await table('editor-table');
      expect(texts(el, 'caption')).to.deep.equal(['What helps, and where to find it']);
      expect(texts(el, 'thead th')).to.deep.equal(['Area', 'What helps', 'Where to find it']);
      // A first cell written as <td> still becomes the row header.
      expect(texts(el, 'tbody th[scope="row"]')).to.deep.equal(['Rest', 'Money worries']);
      const link = q(el, 'td a')[0] as HTMLAnchorElement;
      expect(link.href).to.equal('https://example.org/budgeting');
      expect(clean(link.textContent!)).to.equal('A free budgeting course');
      // The editor's table stays in the page, but only the enhanced one is rendered.
      const own = el.querySelector(':scope > table')!;
      expect(own).to.exist;
      expect(own.getClientRects()).to.have.length(0);
      expect(q(el, 'table')[0]!.getClientRects().length).to.be.above(0);
      expect(q(el, 'td [part="label"]').map((l) => clean(l.textContent!))).to.deep.equal([
        'What helps',
        'Where to find it',
        'What helps',
        'Where to find it',
      ]);
    });

    it('the editor table is readable before the element is defined', async () => {
      const el = document.createElement('haven-wellbeing-table-undefined-copy');
      el.innerHTML = example(set, 'editor-table').children!;
      document.body.append(el);
      try {
        expect(el.innerText).to.contain('A regular wind-down after late shifts.');
        expect(el.querySelector('th')!.getBoundingClientRect().width).to.be.above(0);
      } finally {
        el.remove();
      }
    });

    it('re-reads rows an editor or CMS adds later', async () => {
      const el = await table('empty');
      expect(q(el, 'table')).to.have.length(0);
      const script = el.querySelector('script')!;
      script.remove();
      const own = document.createElement('table');
      own.innerHTML = '<tr><th>Sleep</th><td>Rest days</td><td>Our group</td></tr>';
      el.append(own);
      await settle(el);
      expect(texts(el, 'tbody th')).to.deep.equal(['Sleep']);
      expect(q(el, '[part="note"]')).to.have.length(0);
    });

    it('renders JSON rows with their own columns', async () => {
      const el = await table('editor-json');
      expect(texts(el, 'thead th')).to.deep.equal(['Area', 'What helps', 'Where to find it']);
      expect(texts(el, 'tbody th')).to.deep.equal(['Rest', 'Company']);
      expect(texts(el, 'caption')).to.deep.equal(['What helps, and where to find it']);
      expect(q(el, '[part="note"], [part="sources"]')).to.have.length(0);
    });

    it('invalid rows: the valid part, a neutral note and one warning saying what is wrong', async () => {
      resetWarnings();
      let el!: HavenWellbeingTable;
      const logged = await captureConsole(async () => {
        el = await table('invalid-rows');
        el.requestUpdate();
        await settle(el);
      });
      expect(texts(el, 'tbody th')).to.deep.equal(['Rest']);
      expect(texts(el, '[part="note"]')).to.deep.equal(['Some rows could not be shown.']);
      expect(logged).to.have.length(1);
      expect(logged[0]).to.contain('row(s) 2 skipped').and.contain('3 texts');
    });

    it('invalid JSON: a neutral note instead of a table, and one warning', async () => {
      resetWarnings();
      let el!: HavenWellbeingTable;
      const logged = await captureConsole(async () => {
        el = await table('invalid-json');
      });
      expect(q(el, 'table')).to.have.length(0);
      expect(texts(el, '[part="note"]')).to.deep.equal([
        'There is nothing to show in this table yet.',
      ]);
      expect(logged).to.have.length(1);
      expect(logged[0]).to.contain('not valid JSON');
    });

    it('wrong columns are reported and the default headers used', async () => {
      resetWarnings();
      const el = renderExample(set.tag, {
        name: 'x',
        description: '',
        children: `<script type="application/json">{"columns": "Area", "rows": [["A", "b", "c"]]}</script>`,
      });
      const logged = await captureConsole(async () => {
        await fixture(el);
        await settle(el);
      });
      expect(texts(el, 'thead th')).to.deep.equal([
        'Area',
        'Coping strategies',
        'Examples and resources',
      ]);
      expect(texts(el, 'tbody th')).to.deep.equal(['A']);
      expect(logged).to.have.length(1);
      expect(logged[0]).to.contain('"columns" must be 2 to 8 texts');
      expect(texts(el, '[part="note"]')).to.deep.equal(['Some rows could not be shown.']);
    });

    it('renders markup in JSON as text', async () => {
      const el = await table('hostile-json');
      expect(shadow(el).querySelector('img, script')).to.equal(null);
      expect(texts(el, 'tbody th')[0]).to.contain('<img src=x');
    });

    it('an unknown table falls back to the well-being table', async () => {
      const el = await table('unknown-table');
      expect(texts(el, 'caption')).to.deep.equal(['Coping strategies by area']);
      expect(q(el, 'tbody tr')).to.have.length(listRows('wellbeing').length);
    });
  });

  describe('print', () => {
    it('keeps rows whole, repeats the headers, and lists the sources', async () => {
      const el = await table('default');
      await withPrint(async () => {
        for (const tr of q(el, 'tr')) expect(getComputedStyle(tr).breakInside).to.equal('avoid');
        expect(getComputedStyle(q(el, 'thead')[0]!).display).to.equal('table-header-group');
        const sources = q(el, '[part="sources"]')[0]!;
        expect(getComputedStyle(sources).display).to.not.equal('none');
        expect(q(el, '[part="sources"] li').length).to.be.above(0);
      });
    });
  });

  describe('theming', () => {
    it('takes tokens from an ancestor; the component token wins', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <haven-wellbeing-table table="barriers" areas="cost"></haven-wellbeing-table>
        </div>`,
      );
      const el = wrapper.firstElementChild!;
      await settle(el);
      const head = q(el, 'thead th')[0]!;
      const rowHead = q(el, 'tbody th')[0]!;
      wrapper.style.setProperty('--haven-color-accent', 'rgb(200, 0, 100)');
      expect(getComputedStyle(rowHead).color).to.equal('rgb(200, 0, 100)');
      wrapper.style.setProperty('--haven-wellbeing-table-accent', 'rgb(0, 120, 0)');
      expect(getComputedStyle(rowHead).color).to.equal('rgb(0, 120, 0)');
      wrapper.style.setProperty('--haven-wellbeing-table-header-background', 'rgb(1, 2, 3)');
      expect(getComputedStyle(head).backgroundColor).to.equal('rgb(1, 2, 3)');
    });

    it('follows a dark color-scheme on the page', async () => {
      const el = await table('default');
      const cell = q(el, 'td')[0]!;
      const light = getComputedStyle(cell).backgroundColor;
      document.documentElement.style.colorScheme = 'dark';
      try {
        expect(getComputedStyle(cell).backgroundColor).to.not.equal(light);
      } finally {
        document.documentElement.style.colorScheme = '';
      }
    });

    it('uses system colours for borders in forced-colors mode', async () => {
      const el = await table('default');
      const td = q(el, 'td')[0]!;
      const before = getComputedStyle(td).borderTopColor;
      const mode = await withForcedColors(async (canvasText) => {
        expect(getComputedStyle(td).borderTopColor).to.equal(canvasText);
        expect(before).to.not.equal(canvasText);
      });
      // No forced-colours mode in this engine: the visitor gets the normal, visible borders.
      if (mode === 'none') expect(getComputedStyle(td).borderTopStyle).to.not.equal('none');
    });

    it('has no motion, and renders no inline style attribute', async () => {
      const el = await table('editor-table');
      expect(motionAndInlineStyles(el)).to.deep.equal([]);
    });
  });
});
