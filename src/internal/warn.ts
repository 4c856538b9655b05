/**
 * Console messages for integrators. Each distinct message is logged once per page, so a page
 * with fifty cards and one typo shows one line, not fifty.
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
