import { isRecord } from '../../src/content/schema.js';

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

/** A string or number as trimmed text; lists of them joined with `sep`; anything else empty. */
export function text(v: unknown, sep = ', '): string {
  if (Array.isArray(v))
    return v
      .map((x) => text(x))
      .filter(Boolean)
      .join(sep);
  return typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '';
}

/**
 * One entry in our format (the attribute names as keys): what `<haven-resource>`'s `resource`
 * property takes. HSDS is read by the panel (resource-panel.hsds.ts), which lists services.
 */
export function ownFields(entry: unknown): Fields {
  const out: Fields = {};
  if (isRecord(entry)) {
    for (const key of FIELDS) {
      const t = text(entry[key]);
      if (t) out[key] = t;
    }
  }
  return out;
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
