/**
 * Named examples: the one catalogue of each element's states. Stories show the visible ones;
 * tests render every one of them and pick some by name.
 */
export interface Example {
  /** Unique within its element, kebab-case: `default`, `collapsed`, `unknown-id`… */
  name: string;
  /** One line for docs and stories. */
  description: string;
  /** Attributes to set; `true` sets a boolean attribute. */
  attrs?: Record<string, string | number | true>;
  /** Light-DOM children, as an editor would write them (trusted example markup). */
  children?: string;
  /**
   * A maximum width for the element (e.g. `20rem`, a sidebar), set through the CSSOM: a `style`
   * attribute would break the strict Content-Security-Policy the examples are served under.
   */
  maxWidth?: string;
  /** Test-only edge case: not shown as a story. */
  hidden?: boolean;
  /** A console warning the example is expected to log once (a substring of it). */
  warns?: string;
}

export interface ExampleSet {
  tag: string;
  examples: Example[];
  /** Optional hints for the trust tests (`tests/trust/`); see `TrustHints`. */
  trust?: TrustHints;
}

/**
 * What the trust tests (`npm run test:trust`) cannot discover from the element class itself.
 * Without hints an element is still covered: every observed attribute, every public property,
 * every slot it renders, a JSON `<script>` child (which it must then ignore harmlessly), content
 * ids in `content-id` and `ids`, and URL fields named like href, url, website, booking, email or
 * link. A neutral note is found by `part="note"` or `class="note"`.
 */
export interface TrustHints {
  /**
   * A valid configuration the element reads from a `<script type="application/json">` child.
   * Declaring it says the element reads JSON: the tests then put hostile text in every string,
   * wrong types in every value, 500 copies and none in every list, and require invalid JSON to
   * show a neutral note and log one warning.
   */
  json?: unknown;
  /**
   * Light-DOM markup the element reads other than through its named slots (e.g. a `<table>` it
   * enhances), with `{text}` wherever the tests should put hostile text.
   */
  markup?: string[];
  /** Attributes that take content ids besides `content-id` and `ids` (e.g. `areas`). */
  idAttributes?: string[];
  /** Attributes or properties that take an address besides the ones named like a URL. */
  urlFields?: string[];
  /** Attributes or properties named like a URL field that hold text (e.g. `booking-label`). */
  textFields?: string[];
}

/**
 * A `<script type="application/json">` child holding `value`, for an example's `children`. "<" is
 * escaped as in any JSON written into a page, so a "</script>" in the data cannot end the element.
 */
export const jsonChild = (value: unknown): string =>
  `<script type="application/json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;

/** Builds the element for an example with DOM APIs: no inline styles, no script execution. */
export function renderExample(
  tag: string,
  example: Example,
  doc: Document = document,
): HTMLElement {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(example.attrs ?? {})) {
    el.setAttribute(name, value === true ? '' : String(value));
  }
  if (example.maxWidth) el.style.maxWidth = example.maxWidth;
  if (example.children) {
    // DOMParser leaves scripts inert, so an example's markup can never execute code.
    const parsed = new DOMParser().parseFromString(`<body>${example.children}</body>`, 'text/html');
    el.append(...[...parsed.body.childNodes].map((n) => doc.importNode(n, true)));
  }
  return el;
}

/** An example by name; throws so a test that names a missing example fails loudly. */
export function example(set: ExampleSet, name: string): Example {
  const found = set.examples.find((e) => e.name === name);
  if (!found) throw new Error(`${set.tag} has no example named "${name}"`);
  return found;
}
