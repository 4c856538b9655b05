/** Detail of `haven-reveal`: a visitor opened a collapsed explanation. */
export interface HavenRevealDetail {
  /** The built-in content id, or `null` for editor-authored content. */
  id: string | null;
}

/** Detail of `haven-contact`: a visitor used a contact action of a practice. */
export interface HavenContactDetail {
  /** Which action: `call`, `book`, `email` or `website`. */
  action: 'call' | 'book' | 'email' | 'website';
  /** The practice id the page gave (`practice-id`, or `id` in JSON), or `null`. */
  id: string | null;
}

/** Every event the library fires, by name. Events fire on user action only. */
export interface HavenEventMap {
  'haven-reveal': CustomEvent<HavenRevealDetail>;
  'haven-contact': CustomEvent<HavenContactDetail>;
}

declare global {
  // Lets `el.addEventListener('haven-reveal', e => e.detail.id)` type-check in host code.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends HavenEventMap {}
}
