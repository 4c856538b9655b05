/**
 * A resource's fields, read from our own format or from Open Referral HSDS 3.0. Our format uses
 * the element's attribute names as keys, so attributes, JSON and the property share one
 * vocabulary, and the `haven-resources` CLI writes attributes straight from it. Nothing here
 * makes up a value: a field the input does not carry stays unset. No DOM, so Node can use it.
 */
export const NEEDS = [
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
] as const;
export const DISPATCH = ['never', 'on-request', 'imminent-risk'] as const;
/** The yes/no safety facts, in the order a visitor reads them. */
export const YES_NO = [
  'mandatory-reporting',
  'anonymous',
  'id-required',
  'asks-immigration-status',
  'peer-led',
  'sex-worker-led',
] as const;
/** The taxonomy under which HSDS `attributes` carry the safety facts and needs. */
export const TAXONOMY = 'haven-resource';
/** Every field, by its attribute name; `resource-id` is the entry's id. */
export const FIELDS = [
  'resource-id',
  'name',
  'description',
  'needs',
  'phone',
  'text',
  'url',
  'email',
  'hours',
  'time-zone',
  'languages',
  'cost',
  'area',
  'eligibility',
  'how',
  'status',
  'alert',
  'checked',
  'source',
  'emergency-dispatch',
  ...YES_NO,
  'records',
] as const;

export type Fields = Partial<Record<(typeof FIELDS)[number], string>>;
type Raw = Record<string, unknown>;

export const isRecord = (v: unknown): v is Raw =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A string or number as trimmed text; lists of them joined with `sep`; anything else empty. */
function text(v: unknown, sep = ', '): string {
  if (Array.isArray(v))
    return v
      .map((x) => text(x))
      .filter(Boolean)
      .join(sep);
  return typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '';
}

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
  const out: Fields = {};
  if (!isRecord(entry)) return out;
  const set = (key: keyof Fields, value: unknown, sep?: string) => {
    const t = text(value, sep);
    if (t && !out[key]) out[key] = t;
  };
  for (const key of FIELDS) set(key, entry[key]);
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

export interface Phone {
  /** As given, stray quotes and the extension removed. */
  number: string;
  ext: string;
  href: string;
}

/** A number for a `tel:`/`sms:` link and for reading; undefined when it has no usable digits. */
export function phone(given: string | undefined, scheme: 'tel' | 'sms'): Phone | undefined {
  if (!given) return undefined;
  const m = /^([^]*?)(?:\s*(?:;\s*ext=|,?\s*ext\.?|\s+x)\s*(\d+))?$/i.exec(given)!;
  const number = m[1]!.replace(/^["'\s]+|["'\s]+$/g, '');
  const digits = number.replace(/[^\d]/g, '');
  if (digits.length < 3 || digits.length > 15) return undefined;
  const ext = m[2] ?? '';
  const plus = number.startsWith('+') ? '+' : '';
  return { number, ext, href: `${scheme}:${plus}${digits}${ext && ';ext=' + ext}` };
}
