/**
 * A `topic` attribute read as the group (`<haven-myth-facts topic>`), the loader and the editor
 * lint all read it: trimmed; empty is no topic (every card); anything else is one of `topics`
 * (the built-in `TOPICS` of ./schema.ts), or `unknown` when it names none. Without `topics`
 * (the loader, which looks the topic up in the generated map of built-in topics), any name is
 * taken as a topic. No imports: the lint rules, which a browser can run on their own, use it too.
 */
export function readTopic<T extends string>(
  value: unknown,
  topics?: readonly T[],
): { topic?: T; unknown?: string } {
  const t = String(value ?? '').trim() as T;
  return !t ? {} : !topics || topics.includes(t) ? { topic: t } : { unknown: t };
}
