/** Detail of `haven-reveal`: a visitor opened a collapsed explanation. */
export interface HavenRevealDetail {
  /** The built-in content id, or `null` for editor-authored content. */
  id: string | null;
}

/** Detail of `haven-exit`: a visitor activated the quick exit. Cancel it to stay on the page. */
export interface HavenExitDetail {
  /** Where the browser is about to go. */
  href: string;
  /** How it was activated: a click or tap, or Shift pressed three times. */
  via: 'click' | 'keys';
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
  'haven-exit': CustomEvent<HavenExitDetail>;
  'haven-contact': CustomEvent<HavenContactDetail>;
}

declare global {
  // Lets `el.addEventListener('haven-reveal', e => e.detail.id)` type-check in host code.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends HavenEventMap {}
}
