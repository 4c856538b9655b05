// What the CMS kit knows about each element, derived from custom-elements.json alone, so that an
// element added later appears in the builder and the WordPress plugin by itself. Plain ES module
// with no dependencies: the build scripts (Node) and builder.html (the browser) share it.

/** Values of a union of string literals, e.g. `'a' | 'b'`. */
const literals = (text = '') => [...text.matchAll(/'([^']+)'/g)].map((m) => m[1]);

/**
 * The choices an attribute's description names, such as "`full`, `short` (the default) or
 * `none`". A description of a list ("separated by commas") or of an example ("e.g.", "such
 * as") names values, not choices.
 */
function describedChoices(description = '') {
  if (/separated by|commas|e\.g\.|such as|YYYY/i.test(description)) return [];
  const tokens = [...description.matchAll(/`([a-z0-9][a-z0-9-]*)`/g)].map((m) => m[1]);
  return tokens.length >= 2 ? [...new Set(tokens)] : [];
}

/** "heading-level" → "Heading level". */
export const label = (name) => name.charAt(0).toUpperCase() + name.slice(1).replaceAll('-', ' ');

/** Markdown-ish description → plain words (backticks dropped). */
const plain = (text = '') => text.replaceAll('`', '').replace(/\s+/g, ' ').trim();

/**
 * One attribute's kind: `boolean`, `enum` (with `enum`), `number`, `url` (an https: address) or
 * `text`.
 */
export function attributeModel(attribute) {
  const type = attribute.type?.text ?? 'string';
  const description = attribute.description ?? '';
  const base = { label: label(attribute.name), description: plain(description) };
  if (type === 'boolean') return { ...base, kind: 'boolean' };
  const choices = literals(type).length > 1 ? literals(type) : describedChoices(description);
  if (choices.length) return { ...base, kind: 'enum', enum: choices };
  if (/\bnumber\b/.test(type)) return { ...base, kind: 'number' };
  if (/\bhttps\b/i.test(description)) return { ...base, kind: 'url' };
  return { ...base, kind: 'text' };
}

/** Every element in the manifest: tag, short name, title, summary, attributes, JSON data. */
export function elementsFromManifest(manifest) {
  const elements = [];
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement || !d.tagName?.startsWith('haven-')) continue;
      const name = d.tagName.slice('haven-'.length);
      const jsonSlot = (d.slots ?? []).find((s) => /application\/json/.test(s.description ?? ''));
      elements.push({
        tag: d.tagName,
        name,
        title: label(name),
        summary: plain(d.summary ?? ''),
        description: plain(d.description ?? ''),
        attributes: Object.fromEntries(
          (d.attributes ?? []).filter((a) => a.name).map((a) => [a.name, attributeModel(a)]),
        ),
        // Elements that read a <script type="application/json"> child take JSON data.
        json: Boolean(jsonSlot),
        jsonDescription: jsonSlot ? plain(jsonSlot.description) : '',
      });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

const LANG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;
const RUNS_CODE = /^\W*(javascript|vbscript|data|livescript)\s*:/i;

/**
 * Checks one element's attributes as the WordPress plugin does (includes/render.php): unknown
 * names, wrong choices, non-https addresses and values that run code are left out, each with a
 * message in plain words. Returns { attrs, problems: [{ name, message }] }.
 */
export function checkAttributes(element, raw) {
  const attrs = {};
  const problems = [];
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined || value === null || value === false || value === '') continue;
    if (name === 'lang') {
      if (LANG.test(String(value).trim())) attrs.lang = String(value).trim();
      else problems.push({ name, message: `"${value}" is not a language code such as en or es.` });
      continue;
    }
    const a = element.attributes[name];
    if (!a) {
      problems.push({ name, message: `${element.tag} has no attribute "${name}".` });
      continue;
    }
    if (a.kind === 'boolean') {
      if (value === true || ['', '1', 'true', 'yes', 'on', name].includes(String(value))) {
        attrs[name] = true;
      }
      continue;
    }
    const text = String(value)
      .replace(/[\x00-\x1F\x7F]+/g, ' ')
      .trim();
    if (!text) continue;
    if (RUNS_CODE.test(text.replace(/\s+/g, ''))) {
      problems.push({ name, message: 'A value that runs code is not allowed here.' });
    } else if (a.kind === 'enum' && !a.enum.includes(text)) {
      problems.push({ name, message: `Choose one of: ${a.enum.join(', ')}.` });
    } else if (a.kind === 'number' && !/^-?\d+(\.\d+)?$/.test(text)) {
      problems.push({ name, message: 'Write a number, such as 3.' });
    } else if (a.kind === 'url' && !/^https:\/\/[^\s"<>]+$/i.test(text)) {
      problems.push({ name, message: 'Write a full address that starts with https://' });
    } else {
      attrs[name] = text;
    }
  }
  return { attrs, problems };
}

/** Attributes in a stable order (by name), as the plugin writes them. */
export const sorted = (attrs) =>
  Object.fromEntries(Object.entries(attrs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

const escapeAttr = (v) =>
  String(v).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** `<tag a="1" b>` (checked attributes, escaped). */
export function openTag(tag, attrs) {
  const parts = Object.entries(sorted(attrs)).map(([n, v]) =>
    v === true ? ` ${n}` : ` ${n}="${escapeAttr(v)}"`,
  );
  return `<${tag}${parts.join('')}>`;
}

/** The WordPress shortcode for the same element and attributes. */
export function shortcode(element, attrs) {
  const parts = Object.entries(sorted(attrs)).map(([n, v]) =>
    v === true
      ? ` ${n}`
      : ` ${n}="${String(v).replaceAll('"', '&quot;').replaceAll(']', '&#93;')}"`,
  );
  return `[haven element="${element.name}"${parts.join('')}]`;
}

/** The key of a pre-rendered variant, the same as the plugin's (before its sha1). */
export const variantKey = (attrs) =>
  Object.entries(sorted(attrs))
    .map(([n, v]) => (v === true ? n : `${n}\t${v}`))
    .join('\n');
