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
  /** Test-only edge case: not shown as a story. */
  hidden?: boolean;
  /** A console warning the example is expected to log once (a substring of it). */
  warns?: string;
}

export interface ExampleSet {
  tag: string;
  examples: Example[];
}

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
