import { html, isServer, nothing, type TemplateResult } from 'lit';
import { HavenElement } from '../../src/internal/haven-element.js';
import { slotController } from '../../src/internal/slot-controller.js';
import { sourcesFooter } from '../../src/internal/sources.js';
import { readJson, readTable, type Row, type TableInput } from './wellbeing-table.model.js';
import { Problems } from '../../src/internal/warn.js';
import { checked, JsonChild, oneOf } from '../../src/internal/input.js';
import { listRows } from '../../src/content/registry.js';
import type { TableRow } from '../../src/content/schema.js';
import { addStrings } from '../../src/i18n/index.js';
import { wellbeingTableStrings } from './wellbeing-table.strings.js';
import { shared } from '../../src/styles/shared.js';
import { wellbeingTableStyles } from './wellbeing-table.styles.js';

addStrings({ wellbeingTable: wellbeingTableStrings });

const TABLE = oneOf('table', ['wellbeing', 'barriers']);

/**
 * A table of coping strategies by area of well-being (or, with `table="barriers"`, of the
 * barriers to support and ways around them): a real `<table>` with a caption, column headers and
 * the area as each row's header. In a narrow container (a sidebar, a phone) each row becomes a
 * labelled stack, still exposed as a table; the element's own width decides, not the viewport's.
 *
 * Editors can bring their own rows with a plain `<table>` child, or a
 * `<script type="application/json">` child. The `<table>` child stays in the page, unslotted:
 * before JavaScript runs (or without it) the visitor reads it as it is; afterwards the element
 * reads its rows and renders them with the same markup and styles as the built-in rows.
 * Slotting it instead would leave its cells out of reach of the element's styles, and so
 * without the stacked layout.
 *
 * @tagname haven-wellbeing-table
 * @summary A responsive, accessible, printable table of coping strategies or barriers to support.
 *
 * @slot - An editor's own `<table>`, or a `<script type="application/json">` with rows. Not shown: read into the element's table.
 *
 * @csspart base - The wrapper, and the size container the layout follows.
 * @csspart table - The `<table>`.
 * @csspart caption - The caption.
 * @csspart column-header - A column header cell.
 * @csspart row-header - A row header cell: the area or barrier.
 * @csspart cell - A data cell.
 * @csspart label - The column name repeated inside a data cell in the stacked layout (hidden from screen readers, which hear the column header).
 * @csspart note - The neutral note shown when rows are missing or some could not be used.
 * @csspart sources - The sources and review date.
 *
 * @cssprop --haven-wellbeing-table-background - Cell background. Falls back to `--haven-color-surface`.
 * @cssprop --haven-wellbeing-table-header-background - Header background. Default: a tint of the accent.
 * @cssprop --haven-wellbeing-table-border-color - Borders. Falls back to `--haven-color-border`.
 * @cssprop --haven-wellbeing-table-accent - Row headers and the stacked rows' edge. Falls back to `--haven-color-accent`.
 * @cssprop --haven-wellbeing-table-padding - Cell padding. Default `0.5rem 0.75rem`.
 */
export class HavenWellbeingTable extends HavenElement {
  static override styles = [shared, wellbeingTableStyles];
  static override strings = { wellbeingTable: wellbeingTableStrings };

  // Reactive properties as a static field, not decorators: no decorator helpers in any bundle.
  static override properties = {
    table: {},
    areas: {},
    caption: {},
    noCaption: { type: Boolean, attribute: 'no-caption' },
    noSources: { type: Boolean, attribute: 'no-sources' },
  };

  /** The built-in table: `wellbeing` (coping strategies by area) or `barriers` (barriers to support). */
  table = 'wellbeing';

  /** Shows these built-in rows, in this order: ids such as `physical-health social-support`. */
  areas = '';

  /** The caption, the table's name. Defaults to the built-in one, or the editor's `<caption>`. */
  caption = '';

  /** Hides the caption visually; screen readers still announce it as the table's name. */
  noCaption = false;

  /** Hides the sources and review date of the built-in rows. */
  noSources = false;

  /** The editor's JSON child, read when there is no `<table>` child. */
  private json = new JsonChild(this, false);

  /** The light-DOM source the current rows came from (see lightDomKey). */
  private readFrom: HTMLTableElement | string | null = null;

  /** What to render, derived in willUpdate (which always runs before render). */
  private view!: Required<Pick<TableInput, 'columns' | 'rows'>> & {
    caption: string;
    note: string;
    /** The built-in rows shown, whose sources the footer lists. */
    built: TableRow[];
  };

  constructor() {
    super();
    // The first slotchange only reports the children already read: re-rendering 100 rows for it
    // would double the cost of the first paint.
    slotController(this, () => this.lightDomKey() !== this.readFrom);
  }

  override willUpdate(): void {
    const s = this.i18n.strings.wellbeingTable;
    const problems = new Problems(this);
    const name = checked(TABLE, this.table, problems);
    const barriers = name === 'barriers';
    const columns = barriers ? s.barriersColumns : s.wellbeingColumns;
    // An editor's table, JSON text, or (always on a server, which has no light DOM) nothing.
    const own = (this.readFrom = this.lightDomKey());
    const built = own === null ? this.select(name, problems) : [];
    const data = typeof own === 'string' ? this.json.read(problems) : undefined;
    const input: TableInput =
      typeof own === 'string'
        ? data === undefined
          ? { rows: [] }
          : readJson(data, columns.length)
        : own
          ? readTable(own)
          : { rows: built.map((r): Row => ({ head: r.label, cells: r.cells })) };
    if (input.problem) problems.add(input.problem);
    if (input.warning) problems.add(input.warning);
    if (!input.rows.length && !problems.list.length) {
      problems.add('has no rows to show: check areas, or give the table rows of its own.');
    }
    problems.say();

    this.view = {
      caption: this.caption || input.caption || (barriers ? s.barriersCaption : s.wellbeingCaption),
      columns: input.columns ?? columns,
      rows: input.rows,
      note: !input.rows.length ? s.tableEmpty : input.problem ? s.tablePartial : '',
      built,
    };
  }

  override render(): TemplateResult {
    const { rows, note } = this.view;
    return html`<div part="base" class="base">
      ${rows.length ? this.renderTable() : nothing}
      ${note ? html`<p part="note" class="note">${note}</p>` : nothing}
      ${this.noSources ? nothing : sourcesFooter(this.view.built, this.i18n)}
      <slot hidden></slot>
    </div>`;
  }

  private renderTable(): TemplateResult {
    const { caption, columns, rows } = this.view;
    const head = columns.map((c) => html`<th part="column-header" scope="col">${c}</th>`);
    const body = rows.map((r) => this.renderRow(r, columns));
    return html`<table part="table">
      <caption part="caption" class=${this.noCaption ? 'visually-hidden' : 'caption'}>
        ${caption}
      </caption>
      <thead>
        <tr>
          ${head}
        </tr>
      </thead>
      <tbody>
        ${body}
      </tbody>
    </table>`;
  }

  /** A row: its header, then each cell with its column's name for the stacked layout. */
  private renderRow(row: Row, columns: string[]): TemplateResult {
    const cells = row.cells.map(
      (c, i) =>
        html`<td part="cell">
          <span part="label" class="label" aria-hidden="true">${columns[i + 1]}</span>${c}
        </td>`,
    );
    return html`<tr>
      <th part="row-header" scope="row">${row.head}</th>
      ${cells}
    </tr>`;
  }

  /** The built-in rows of `name`: those `areas` names, in its order, else all of them. */
  private select(name: string, problems: Problems) {
    const all = listRows(name, this.i18n.lang);
    const find = (id: string) => all.find((r) => r.id === id || r.id === `${name}/${id}`);
    const ids = String(this.areas ?? '')
      .split(/[\s,]+/)
      .filter(Boolean);
    if (!ids.length) return all;
    const unknown = ids.filter((id) => !find(id));
    if (unknown.length) {
      problems.add(
        `unknown area id(s) ${unknown.map((id) => `"${id}"`).join(', ')} skipped. Known: ${all.map((r) => r.id.slice(name.length + 1)).join(', ')}.`,
      );
    }
    return ids.map(find).filter((r): r is TableRow => !!r);
  }

  /** What the rows were read from: an editor's table, JSON text, or nothing (built-in). */
  private lightDomKey(): HTMLTableElement | string | null {
    if (isServer) return null;
    return this.querySelector(':scope > table') ?? this.json.current();
  }
}
