// The `haven-resources` CLI's table readers: a spreadsheet's CSV (our columns, English or
// Spanish names) and an Open Referral HSDS tabular data package (a folder or a .zip with
// `datapackage.json` and the HSDS CSV files). CSV is parsed by papaparse; zips are opened by
// fflate. Every problem names its file, row and column in plain words, with the fix; the rest
// is imported. Phone numbers are written one way for the service's country at import time.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import Papa from 'papaparse';
import { unzipSync, strFromU8 } from 'fflate';

/** Our columns: the attribute names, and the Spanish names accepted for them. */
export const COLUMNS = {
  'resource-id': ['id'],
  name: ['nombre'],
  description: ['descripción', 'descripcion'],
  needs: ['necesidades', 'ayuda con'],
  phone: ['teléfono', 'telefono'],
  text: ['sms', 'mensaje de texto', 'texto'],
  url: ['web', 'sitio web'],
  email: ['correo', 'correo electrónico', 'correo electronico'],
  hours: ['horario'],
  'time-zone': ['zona horaria'],
  languages: ['idiomas'],
  cost: ['costo', 'coste', 'precio'],
  area: ['zona', 'área', 'area de servicio'],
  eligibility: ['requisitos', 'elegibilidad'],
  how: ['cómo acceder', 'como acceder'],
  status: ['estado'],
  alert: ['aviso'],
  checked: ['revisado', 'última revisión', 'ultima revision'],
  source: ['fuente'],
  'emergency-dispatch': ['envío de emergencias', 'envio de emergencias'],
  'mandatory-reporting': ['denuncia obligatoria'],
  anonymous: ['anónimo', 'anonimo'],
  'id-required': ['pide identificación', 'pide identificacion'],
  'asks-immigration-status': ['pregunta estatus migratorio'],
  'peer-led': ['dirigido por pares'],
  'sex-worker-led': ['dirigido por trabajadoras sexuales'],
  records: ['registros'],
};

const key = (s) => s.trim().toLowerCase().replace(/\s+/g, ' ');
const BY_NAME = new Map();
for (const [field, names] of Object.entries(COLUMNS)) {
  BY_NAME.set(field, field);
  for (const n of names) BY_NAME.set(key(n), field);
}

const NEEDS = new Set([
  'crisis',
  'mental-health',
  'sexual-health',
  'health',
  'legal',
  'peer-support',
  'harm-reduction',
  'housing',
  'immigration',
  'money',
  'violence',
  'other',
]);
const DISPATCH = new Set(['never', 'on-request', 'imminent-risk']);
const YES_NO = new Set([
  'mandatory-reporting',
  'anonymous',
  'id-required',
  'asks-immigration-status',
  'peer-led',
  'sex-worker-led',
]);
const YES = new Set(['yes', 'y', 'sí', 'si', 'true']);
const NO = new Set(['no', 'n', 'false']);
const STATUS = new Set(['active', 'inactive', 'defunct', 'temporarily closed']);

/** A spreadsheet column's letter: 0 is A, 26 is AA. */
export const letter = (i) =>
  (i >= 26 ? letter(Math.floor(i / 26) - 1) : '') + String.fromCharCode(65 + (i % 26));

/** Text from a file's bytes: UTF-8, with or without a byte order mark. */
export function decode(bytes) {
  const s = Buffer.isBuffer(bytes) ? bytes.toString('utf8') : strFromU8(bytes);
  return s.replace(/^\uFEFF/, '');
}

/**
 * CSV rows as arrays of strings. The separator (`,` `;` or tab) is the one the first row, the
 * column names, uses most: a guess over the whole file is misled by commas inside cells.
 */
export function parseCsv(text) {
  const first = (/^[^\r\n]*/.exec(text)?.[0] ?? '').replace(/"[^"]*"/g, '');
  const count = (d) => first.split(d).length - 1;
  const delimiter = [',', ';', '\t'].reduce((a, b) => (count(b) > count(a) ? b : a));
  const { data, errors } = Papa.parse(text, { delimiter, skipEmptyLines: false });
  // A file ending in a line break gives one empty last row: it is not a row of the sheet.
  if (data.length && data[data.length - 1].length === 1 && data[data.length - 1][0] === '')
    data.pop();
  return { rows: data, errors, delimiter };
}

/**
 * A phone number written one way for the service's country. For the US and the other
 * countries of the North American plan (`country` "US" or "CA", or a number starting "+1"):
 * `(555) 555-0101`, an extension as ` ext. 12`. Short numbers (988, 211) and numbers of other
 * countries are kept as written, spaces tidied. `ok` is false when the text has no number.
 *
 * @returns {{ value: string, ok: boolean }}
 */
export function normalisePhone(given, country = 'US') {
  const raw = given.trim();
  const m = /^([^]*?)(?:\s*(?:;\s*ext=|,?\s*ext\.?|\s+x)\s*(\d+))?$/i.exec(raw);
  const body = m[1].replace(/^["'\s]+|["'\s]+$/g, '');
  const ext = m[2] ? ` ext. ${m[2]}` : '';
  const digits = body.replace(/\D/g, '');
  if (/[a-z]/i.test(body.replace(/^tel:/i, '')) || digits.length < 3 || digits.length > 15)
    return { value: raw, ok: false };
  const plus = body.startsWith('+');
  const nanp = plus ? digits.startsWith('1') : ['US', 'CA'].includes(country.toUpperCase());
  const ten = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  if (nanp && ten.length === 10)
    return { value: `(${ten.slice(0, 3)}) ${ten.slice(3, 6)}-${ten.slice(6)}${ext}`, ok: true };
  if (nanp && digits.length > 6 && !plus) return { value: raw, ok: false };
  return { value: body.replace(/\s+/g, ' ') + ext, ok: true };
}

/**
 * A spreadsheet of services (one row each, our columns) as entries of our format.
 *
 * @param {string} text the CSV
 * @param {{ file: string, country?: string }} opts
 * @returns {{ entries: object[], read: number, skipped: string[], problems: string[] }}
 */
export function readServicesCsv(text, { file, country = 'US' }) {
  const problems = [];
  const skipped = [];
  const { rows, errors } = parseCsv(text);
  for (const e of errors)
    problems.push(
      `${file} row ${e.row + 1}: ${e.message.replace(/\.$/, '')}; check the row's quotes (a quote inside a field is written twice: "")`,
    );
  const head = rows[0] ?? [];
  const cols = head.map((h) => BY_NAME.get(key(h ?? '')));
  const where = (r, c) => `${file} ${r}:${letter(c)} (${head[c].trim() || 'no heading'})`;
  head.forEach((h, c) => {
    if (!cols[c] && h.trim())
      problems.push(
        `${where(1, c)}: not one of our columns: ignored (the columns are listed in docs/advocacy-organisations.md)`,
      );
  });
  if (!cols.includes('name')) {
    problems.push(
      `${file} 1: no "name" (or "nombre") column: the first row must name the columns, with "name" among them; nothing imported`,
    );
    return { entries: [], read: Math.max(rows.length - 1, 0), skipped, problems };
  }
  const entries = [];
  let read = 0;
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r];
    const n = r + 1;
    if (cells.every((v) => !v.trim())) continue;
    read++;
    const entry = {};
    cells.forEach((v, c) => {
      const field = cols[c];
      const value = v.trim().replace(/\r\n?/g, '\n');
      if (!value) return;
      if (c >= head.length) {
        problems.push(
          `${file} ${n}:${letter(c)}: a value past the last named column: ignored; give the column a name in row 1`,
        );
        return;
      }
      if (!field) return;
      const fix = (what) =>
        problems.push(`${where(n, c)}: ${what}; the rest of the row is imported`);
      if (field === 'needs') {
        const ok = [];
        for (const need of value.split(/\s*,\s*/).filter(Boolean)) {
          if (NEEDS.has(need.toLowerCase())) ok.push(need.toLowerCase());
          else fix(`"${need}" is not a need we know: use ${[...NEEDS].join(', ')}; left out`);
        }
        if (ok.length) entry.needs = ok.join(', ');
      } else if (field === 'emergency-dispatch') {
        if (DISPATCH.has(value.toLowerCase())) entry[field] = value.toLowerCase();
        else fix(`"${value}" is not never, on-request or imminent-risk; left unset (not stated)`);
      } else if (YES_NO.has(field)) {
        const low = value.toLowerCase();
        if (YES.has(low)) entry[field] = 'yes';
        else if (NO.has(low)) entry[field] = 'no';
        else fix(`"${value}" is not yes or no (sí, no); left unset (not stated)`);
      } else if (field === 'phone' || field === 'text') {
        const p = normalisePhone(value, country);
        if (p.ok) entry[field] = p.value;
        else
          fix(`"${value}" is not a phone number: write the digits, e.g. (555) 555-0101; left out`);
      } else if (field === 'checked') {
        if (/^\d{4}-\d\d-\d\d$/.test(value)) entry[field] = value;
        else fix(`"${value}" is not a date written YYYY-MM-DD (e.g. 2026-11-02); left out`);
      } else if (field === 'status') {
        if (STATUS.has(value.toLowerCase())) entry[field] = value.toLowerCase();
        else fix(`"${value}" is not active, inactive, defunct or temporarily closed; left out`);
      } else entry[field] = value;
    });
    const label = `${file} row ${n}`;
    if (!entry.name) {
      skipped.push(
        `${label}: no name (column ${letter(cols.indexOf('name'))}): write one to import it`,
      );
    } else if (entry.status === 'inactive' || entry.status === 'defunct') {
      skipped.push(`${label}: "${entry.name}" is ${entry.status}`);
    } else entries.push(entry);
  }
  return { entries, read, skipped, problems };
}

/** The files of an HSDS tabular package, by name (`services.csv`), from a folder or a zip. */
export function packageFiles(path) {
  const files = new Map();
  if (statSync(path).isDirectory()) {
    for (const f of readdirSync(path))
      if (/\.(csv|json)$/i.test(f)) files.set(f.toLowerCase(), readFileSync(join(path, f)));
  } else {
    for (const [name, bytes] of Object.entries(unzipSync(readFileSync(path)))) {
      if (/\.(csv|json)$/i.test(name) && !name.startsWith('__MACOSX/'))
        files.set(basename(name).toLowerCase(), bytes);
    }
  }
  return files;
}

/**
 * An HSDS 3.0 tabular data package as HSDS services (the JSON shape the panel's reader maps),
 * each with its phones, schedules, languages, service areas, cost options and attributes
 * (their taxonomy terms and taxonomies joined in), found by `service_id` / `link_id`, directly
 * or through `service_at_location`.
 *
 * @param {Map<string, Uint8Array>} files
 * @param {{ file: string, country?: string }} opts
 */
export function readHsdsPackage(files, { file, country = 'US' }) {
  const problems = [];
  const skipped = [];
  const tables = new Map();
  let names = [...files.keys()].filter((n) => n.endsWith('.csv'));
  const dp = files.get('datapackage.json');
  if (dp) {
    try {
      const meta = JSON.parse(decode(dp));
      const listed = (meta.resources ?? []).map((r) =>
        basename(String(r.path ?? '')).toLowerCase(),
      );
      for (const n of listed)
        if (n && !files.has(n))
          problems.push(
            `${file}: datapackage.json lists ${n}, which is not in the package; add it or remove it from the list`,
          );
      names = names.filter((n) => listed.includes(n) || !listed.length);
    } catch (err) {
      problems.push(
        `${file}: datapackage.json is not JSON (${err.message}); the CSV files are read by their names`,
      );
    }
  } else problems.push(`${file}: no datapackage.json; the CSV files are read by their names`);
  for (const n of names) {
    const { rows, errors } = parseCsv(decode(files.get(n)));
    for (const e of errors) problems.push(`${file} ${n} row ${e.row + 1}: ${e.message}`);
    const head = (rows[0] ?? []).map((h) => h.trim());
    const list = [];
    for (let r = 1; r < rows.length; r++) {
      if (rows[r].every((v) => !v.trim())) continue;
      const o = { _row: r + 1 };
      head.forEach((h, c) => {
        const v = (rows[r][c] ?? '').trim();
        if (h && v) o[h] = v;
      });
      list.push(o);
    }
    tables.set(n.replace(/\.csv$/, ''), list);
  }
  const t = (name) => tables.get(name) ?? [];
  const services = t('services');
  if (!tables.has('services'))
    problems.push(
      `${file}: no services.csv: an HSDS package lists its services there; nothing imported`,
    );
  const byId = new Map(services.map((s) => [s.id, s]));
  const sal = new Map(t('service_at_location').map((x) => [x.id, x.service_id]));
  const owner = (row, table) => {
    const id = row.service_id || sal.get(row.service_at_location_id);
    if (id && byId.has(id)) return byId.get(id);
    if (id || table !== 'phones' || !row.organization_id)
      problems.push(
        `${file} ${table}.csv row ${row._row}: service_id "${id ?? ''}" is not a service in services.csv; give the id of its service; row left out`,
      );
    return undefined;
  };
  const push = (s, k, v) => (s[k] ??= []).push(v);
  for (const [table, k] of [
    ['phones', 'phones'],
    ['schedules', 'schedules'],
    ['languages', 'languages'],
    ['service_areas', 'service_areas'],
    ['cost_options', 'cost_options'],
  ]) {
    for (const row of t(table)) {
      if (table !== 'phones' && !row.service_id && !row.service_at_location_id) continue;
      const s = owner(row, table);
      if (s) push(s, k, row);
    }
  }
  const taxonomies = new Map(t('taxonomies').map((x) => [x.id, x]));
  const terms = new Map(
    t('taxonomy_terms').map((x) => [
      x.id,
      { ...x, taxonomy_detail: taxonomies.get(x.taxonomy_id) },
    ]),
  );
  for (const a of t('attributes')) {
    if (a.link_type && a.link_type !== 'service') continue;
    const s = byId.get(a.link_id);
    const term = terms.get(a.taxonomy_term_id);
    if (!s || !term) {
      problems.push(
        `${file} attributes.csv row ${a._row}: ${s ? `taxonomy_term_id "${a.taxonomy_term_id ?? ''}" is not in taxonomy_terms.csv` : `link_id "${a.link_id ?? ''}" is not a service in services.csv`}; fix the id; row left out`,
      );
      continue;
    }
    push(s, 'attributes', { ...a, taxonomy_term: term });
  }
  const entries = [];
  for (const s of services) {
    const label = `${file} services.csv row ${s._row}`;
    for (const p of s.phones ?? []) {
      const n = normalisePhone(p.number ?? '', country);
      if (!n.ok)
        problems.push(
          `${label}: phone "${p.number ?? ''}" (phones.csv row ${p._row}) is not a phone number: write the digits; kept as given`,
        );
    }
    if (!s.name) skipped.push(`${label}: no name: write one to import it`);
    else if (s.status === 'inactive' || s.status === 'defunct')
      skipped.push(`${label}: "${s.name}" is ${s.status}`);
    else entries.push(s);
  }
  return { entries, read: services.length, skipped, problems };
}

/** Which reader a path needs: `csv`, `hsds` (a folder or zip), or undefined (JSON). */
export function kind(path) {
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.zip$/i.test(path)) return 'hsds';
  if (existsSync(path) && statSync(path).isDirectory()) return 'hsds';
  return undefined;
}
