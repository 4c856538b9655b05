/**
 * A practice's details as a page gives them (attributes, a JSON child, a property), and the
 * validation that turns them into what the therapist callout may show. Strings stay text; only
 * https:, tel: and mailto: addresses survive. Not public API.
 */
import { isHttps } from '../../src/internal/urls.js';
import { isRecord } from '../../src/content/schema.js';

/** A practice, as attributes, JSON or a property give it. Every field is optional. */
export interface Practice {
  /** An id for the `haven-contact` event. */
  id?: string;
  name?: string;
  description?: string;
  /** How sessions happen: `online`, `in-person`, `phone` (a list, or one text with commas). */
  sessions?: string[] | string;
  /** The city or the states served (one text, or a list). Never a street address. */
  area?: string[] | string;
  languages?: string[] | string;
  /** Whether the practice takes new clients: true / false ("yes" / "no" in an attribute). */
  accepting?: boolean | string;
  fees?: string;
  phone?: string;
  /** https: addresses. */
  website?: string;
  booking?: string;
  email?: string;
  /** The limits of confidentiality, in the practice's own words. Never defaulted. */
  confidentiality?: string;
}

/** A session kind the callout knows. */
export const SESSION_KINDS = ['online', 'in-person', 'phone'];

/** What the callout shows: each field valid, or absent. */
export interface PracticeView {
  id: string | null;
  name: string;
  description: string;
  sessions: string[];
  area: string[];
  languages: string[];
  accepting?: boolean;
  fees: string;
  /** The number as written for reading, and its `tel:` address. */
  phone?: { text: string; href: string };
  website: string;
  booking: string;
  /** The `mailto:` address. */
  email: string;
  confidentiality: string;
}

/** The fields of a practice, which are also the callout's attribute names (`id` is `practice-id`). */
export const FIELDS = [
  'name',
  'description',
  'sessions',
  'area',
  'languages',
  'accepting',
  'fees',
  'phone',
  'website',
  'booking',
  'email',
  'confidentiality',
] as const;

/** The practice's fields and its id, as JSON and the property name them. */
export const KEYS = [...FIELDS, 'id'];

/**
 * A practice's raw details on `host`: its attributes, then its JSON child (`json`, as the input
 * kit read it: undefined when there is none or it was unreadable), then the `practice`
 * property, field by field. Unreadable input is named through `note`.
 */
export function gatherPractice(
  host: Element,
  json: Record<string, unknown> | undefined,
  practice: unknown,
  note: (problem: string) => void,
): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const k of KEYS) {
    const name = k === 'id' ? 'practice-id' : k;
    if (host.hasAttribute(name)) raw[k] = host.getAttribute(name);
  }
  /** Takes the fields `from` has; false when it is not an object. */
  const merge = (from: unknown): boolean => {
    if (!isRecord(from)) return false;
    for (const k of KEYS) if (Object.hasOwn(from, k)) raw[k] = from[k];
    return true;
  };
  merge(json);
  if (practice != null && !merge(practice)) {
    note('the practice property is not an object: set it to { name: …, phone: … };');
  }
  return raw;
}

/**
 * Reads a trimmed phone number: digits with spaces, dots, dashes, brackets, a leading +; 7 to 15
 * digits. A North American number without its + (10 digits, or 11 starting with 1) is written
 * 714-975-8893; any other stays as given.
 */
export function readPhone(value: string): PracticeView['phone'] {
  const d = value.replace(/\D/g, '');
  const plus = value[0] === '+';
  if (!/^\+?[\d\s().-]+$/.test(value) || d.length < 7 || d.length > 15) return undefined;
  const n = !plus && /^1?[2-9]\d{9}$/.test(d) && d.slice(-10);
  return n
    ? { text: `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`, href: `tel:+1${n}` }
    : { text: value, href: `tel:${plus ? '+' : ''}${d}` };
}

/** An https address with nothing in it that could break out of an attribute or a line. */
const https = (v: string) => isHttps(v) && !/[\s<>"'`]/.test(v);

/**
 * Validates `raw` field by field. Keeps every valid field and names each dropped one through
 * `note`; never throws on JSON-like input.
 */
export function readPractice(
  raw: Record<string, unknown>,
  note: (problem: string) => void,
): PracticeView {
  const bad = (field: string, why: string) => {
    const v = raw[field];
    note(
      `${field} ${typeof v === 'string' ? JSON.stringify(v.slice(0, 60)) : typeof v} is not ${why};`,
    );
  };
  const text = (field: string): string => {
    const v = raw[field] ?? '';
    if (typeof v === 'string') return v.trim();
    bad(field, 'text');
    return '';
  };
  // Texts split at commas, except the area: "Irvine, California" is one place.
  const list = (field: string): string[] => {
    const v = raw[field] ?? [];
    const items = typeof v === 'string' ? (field === 'area' ? [v] : v.split(',')) : v;
    if (Array.isArray(items) && items.every((x) => typeof x === 'string')) {
      return [...new Set(items.map((x) => x.trim()).filter(Boolean))];
    }
    bad(field, 'a list of texts');
    return [];
  };
  const address = (field: string, ok: (v: string) => boolean, why: string, prefix = '') => {
    const v = text(field);
    if (v && !ok(v)) bad(field, why);
    return v && ok(v) ? prefix + v : '';
  };
  const sessions = list('sessions').map((x) => x.toLowerCase().replace(' ', '-'));
  if (sessions.some((x) => !SESSION_KINDS.includes(x))) bad('sessions', 'a list of session kinds');
  const tel = text('phone');
  const phone = tel ? readPhone(tel) : undefined;
  if (tel && !phone) bad('phone', 'a phone number');
  const a = raw.accepting ?? '';
  const accepting =
    a === true || a === 'yes' ? true : a === false || a === 'no' ? false : undefined;
  if (a !== '' && accepting === undefined) bad('accepting', 'yes or no');
  return {
    id: text('id') || null,
    name: text('name'),
    description: text('description'),
    sessions: sessions.filter((x) => SESSION_KINDS.includes(x)),
    area: list('area'),
    languages: list('languages'),
    accepting,
    fees: text('fees'),
    phone,
    website: address('website', https, 'an https: address'),
    booking: address('booking', https, 'an https: address'),
    email: address(
      'email',
      (v) => /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/.test(v),
      'an email address',
      'mailto:',
    ),
    confidentiality: text('confidentiality'),
  };
}
