/** A cell's content: plain text, or nodes copied from an editor's own table. */
export type Cell = string | Node[];

/** A body row: the row header, then the other cells in column order. */
export interface Row {
  head: Cell;
  cells: Cell[];
}

/** Rows an editor supplied, with what was wrong with them. */
export interface TableInput {
  caption?: string | undefined;
  columns?: string[] | undefined;
  rows: Row[];
  /** What to fix, for the console; unset when everything was usable. */
  problem?: string | undefined;
  /** What was changed for safety, for the console only: nothing was left out. */
  warning?: string | undefined;
}

/** The only link schemes the elements ever render. */
const SAFE_LINK = /^(https:|tel:|mailto:)/i;

/** The most columns an editor's JSON may give: more could not fit any screen. */
const MAX_COLUMNS = 8;

const texts = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((c) => typeof c === 'string');

/**
 * Reads an editor's light-DOM `<table>`: its caption, its header row (the `<thead>`'s, or a
 * first row made only of `<th>`) and its body rows, the first cell of each becoming the row
 * header. Cells are copied as nodes, so links and emphasis the editor wrote survive; this is the
 * page's own markup, already live in the document, so no string is ever parsed as HTML here.
 */
export function readTable(table: HTMLTableElement): TableInput {
  const all = [...table.rows];
  const first = all[0];
  const head =
    table.tHead?.rows[0] ??
    (first && [...first.cells].every((c) => c.localName === 'th') ? first : undefined);
  const unsafe: string[] = [];
  const copy = (cell: Element): Node[] => {
    const box = cell.cloneNode(true) as Element;
    // A copy must not run anything again or send the visitor anywhere unsafe: drop active
    // elements and handler attributes, keep only https:, tel: and mailto: links.
    for (const el of box.querySelectorAll('*')) {
      if (/^(script|iframe|object|embed)$/.test(el.localName)) el.remove();
      for (const { name } of [...el.attributes]) if (/^on/i.test(name)) el.removeAttribute(name);
    }
    for (const a of box.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')!;
      if (SAFE_LINK.test(href)) {
        a.setAttribute('rel', 'noopener noreferrer');
        a.setAttribute('referrerpolicy', 'no-referrer');
      } else {
        unsafe.push(href.slice(0, 40));
        a.replaceWith(...a.childNodes);
      }
    }
    return [...box.childNodes];
  };
  const rows = all
    .filter((r) => r !== head && r.parentElement !== table.tHead && r.cells.length)
    .map((r) => {
      const [h, ...cells] = [...r.cells].map(copy);
      return { head: h!, cells };
    });
  return {
    caption: table.caption?.textContent?.trim() || undefined,
    columns: head && [...head.cells].map((c) => c.textContent!.trim()),
    rows,
    warning: unsafe.length
      ? `links to ${unsafe.join(', ')} shown as text: use https:, tel: or mailto:.`
      : undefined,
  };
}

/**
 * Validates the rows of a `<script type="application/json">` child, as parsed: either a list of
 * rows, or `{ "columns": [...], "rows": [...] }`, each row a list of texts (row header first) as
 * long as the list of columns. Keeps every valid row and says what was wrong with the others.
 */
export function readJson(data: unknown, width: number): TableInput {
  const given = (Array.isArray(data) ? { rows: data } : (data ?? {})) as Record<string, unknown>;
  const problems: string[] = [];
  let columns: string[] | undefined;
  if (given.columns !== undefined) {
    const c = given.columns;
    if (texts(c) && c.length > 1 && c.length <= MAX_COLUMNS) columns = c;
    else problems.push(`"columns" must be 2 to ${MAX_COLUMNS} texts`);
  }
  const n = columns?.length ?? width;
  const list: unknown[] = Array.isArray(given.rows) ? given.rows : [];
  if (!Array.isArray(given.rows)) problems.push('"rows" must be a list');
  const bad: number[] = [];
  const rows: Row[] = [];
  list.forEach((r, i) => {
    if (texts(r) && r.length === n && r[0]!.trim()) rows.push({ head: r[0]!, cells: r.slice(1) });
    else bad.push(i + 1);
  });
  if (bad.length) {
    problems.push(
      `row(s) ${bad.join(', ')} skipped: a row is a list of ${n} texts, the first not empty`,
    );
  }
  return {
    columns,
    rows,
    problem: problems.length ? `JSON rows: ${problems.join('; ')}.` : undefined,
  };
}
