/**
 * Console messages for integrators. Each distinct message (and each element's problem) is logged
 * once per page, so a page with fifty cards and one typo shows one line, not fifty.
 */
const said = new Set<string>();

/** Logs `message` once per page as a warning, prefixed with the tag that raised it. */
export function warnOnce(tag: string, message: string): void {
  const line = `<${tag}>: ${message}`;
  if (said.has(line)) return;
  said.add(line);
  console.warn(line);
}

/** Forgets which messages were logged. For tests that check a warning more than once. */
export function resetWarnings(): void {
  said.clear();
}

/**
 * The one way an element says what is wrong with its input: problems are collected while it
 * reads its attributes, JSON child and properties, then said in one console line. Each problem
 * names what is wrong and how to fix it (or what is used instead), and is said once: a render
 * again, or another element of the same tag with the same problem, says only what is new.
 */
export class Problems {
  /** What is wrong, in the order found, each once. */
  readonly list: string[] = [];

  constructor(private readonly host: Element) {}

  /** Notes a problem (once). A function of its own, so readers without an element can take it. */
  add = (message: string): void => {
    if (!this.list.includes(message)) this.list.push(message);
  };

  /** Says, in one line prefixed with the element's tag, each problem not said yet. */
  say(): void {
    const tag = this.host.localName;
    const fresh = this.list.filter((m) => !said.has(tag + m));
    for (const m of fresh) said.add(tag + m);
    if (fresh.length) warnOnce(tag, fresh.join(' '));
  }
}
