/**
 * Services data for the panel and the `haven-resources` CLI: our format or Open Referral HSDS 3.0,
 * in any of the shapes a directory exports. Nothing here makes up a value: a field the input does
 * not carry stays unset. No DOM, so Node can use it.
 */
import { isRecord } from '../../src/content/schema.js';
import { FIELDS, ownFields, text, type Fields } from '../resource/resource.model.js';

type Raw = Record<string, unknown>;

/** The taxonomy under which HSDS `attributes` carry the safety facts and needs. */
export const TAXONOMY = 'haven-resource';

const list = (v: unknown): Raw[] => (Array.isArray(v) ? v.filter(isRecord) : []);

/**
 * The entries of any input: one service, an array of them, an organization with `services`, or
 * a paginated list (`{ "contents": [ … ] }`). Each entry may be HSDS or our format.
 */
export function entries(data: unknown): Fields[] {
  const items = Array.isArray(data)
    ? data
    : isRecord(data) && Array.isArray(data.contents)
      ? data.contents
      : isRecord(data) && Array.isArray(data.services)
        ? data.services
        : [data];
  return items.map(fields);
}

/** One entry's fields: our keys first, then the HSDS fields for whatever is still missing. */
export function fields(entry: unknown): Fields {
  const out = ownFields(entry);
  if (!isRecord(entry)) return out;
  const set = (key: keyof Fields, value: unknown, sep?: string) => {
    const t = text(value, sep);
    if (t && !out[key]) out[key] = t;
  };
  set('resource-id', entry.id);
  // HSDS 3.0 (openreferral/specification, schema/service.json).
  set('cost', entry.fees_description);
  set(
    'cost',
    list(entry.cost_options).map((c) =>
      text([c.option, text([c.amount, text(c.currency).toUpperCase()], ' '), c.amount_description]),
    ),
    '; ',
  );
  set('eligibility', entry.eligibility_description);
  set('how', entry.application_process);
  set(
    'area',
    list(entry.service_areas).map((a) => a.name),
    '; ',
  );
  set(
    'languages',
    list(entry.languages).map((l) => l.name),
  );
  set('checked', text(entry.assured_date) || text(entry.last_modified).slice(0, 10));
  const phones = list(entry.phones);
  const number = (p?: Raw) =>
    p && text(p.number) + (text(p.extension) ? `;ext=${text(p.extension)}` : '');
  set('text', number(phones.find((p) => p.type === 'text')));
  set('phone', number(phones.find((p) => !['text', 'fax', 'pager'].includes(text(p.type)))));
  set('hours', list(entry.schedules).map(schedule), '; ');
  for (const s of list(entry.schedules)) {
    // HSDS gives a numeric UTC offset; an IANA name here is our extension.
    if (typeof s.timezone === 'string') set('time-zone', s.timezone);
  }
  const needs: string[] = [];
  for (const a of list(entry.attributes)) {
    const term = isRecord(a.taxonomy_term) ? a.taxonomy_term : {};
    const detail = isRecord(term.taxonomy_detail) ? term.taxonomy_detail : {};
    if (text(term.taxonomy) !== TAXONOMY && text(detail.name) !== TAXONOMY) continue;
    const code = text(term.code);
    if (code === 'needs') needs.push(text(a.value));
    else if ((FIELDS as readonly string[]).includes(code)) set(code as keyof Fields, a.value);
  }
  set('needs', needs);
  return out;
}

/** An HSDS schedule as our hours syntax (`TH,FR 10:00-18:00`), else its description. */
function schedule(s: Raw): string {
  const hm = (v: unknown) => /^(\d\d?:\d\d)(:\d\d)?$/.exec(text(v))?.[1];
  const open = hm(s.opens_at);
  const close = hm(s.closes_at);
  const byday = text(s.byday);
  const weekly = !s.freq || text(s.freq).toUpperCase() === 'WEEKLY';
  return weekly && open && close && /^[A-Z]{2}(,[A-Z]{2})*$/i.test(byday)
    ? `${byday.toUpperCase()} ${open}-${close}`
    : text(s.description);
}
