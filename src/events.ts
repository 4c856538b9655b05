/** Detail of `haven-reveal`: a visitor opened a collapsed explanation. */
export interface HavenRevealDetail {
  /** The built-in content id, or `null` for editor-authored content. */
  id: string | null;
}

/** Every event the library fires, by name. Events fire on user action only. */
export interface HavenEventMap {
  'haven-reveal': CustomEvent<HavenRevealDetail>;
}

declare global {
  // Lets `el.addEventListener('haven-reveal', e => e.detail.id)` type-check in host code.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends HavenEventMap {}
}
