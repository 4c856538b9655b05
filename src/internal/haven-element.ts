import { LitElement } from 'lit';
import type { HavenEventMap } from '../events.js';
import { LanguageController } from './language.js';

type DetailOf<K extends keyof HavenEventMap> =
  HavenEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * The base of every haven element: a typed `emit()`, an idempotent `define()`, and the language
 * it speaks (`i18n`). Not public API.
 */
export class HavenElement extends LitElement {
  /** The element's English words: its language is ready when each key has words in it. */
  static strings: object = {};

  /** The language the element speaks (from the nearest `lang`) and its words in it. */
  protected readonly i18n = new LanguageController(
    this,
    (this.constructor as typeof HavenElement).strings,
  );

  /**
   * Registers `tag` for this class unless the tag is already taken. A page that loads two
   * bundles, or a CMS snippet pasted twice, must keep working: the first definition wins and
   * the second call is a no-op instead of a thrown `NotSupportedError`.
   */
  static define(tag: string, registry: CustomElementRegistry = customElements): void {
    if (registry.get(tag)) return;
    try {
      // `this` is the concrete subclass at call time.
      registry.define(tag, this as unknown as CustomElementConstructor);
    } catch {
      // Another copy of the class may have claimed the tag between the check and the call, or
      // this constructor is already registered under another name: the page stays usable.
    }
  }

  /**
   * A server-rendered page hands the element a declarative shadow root. Lit would render next to
   * its content, so empty it first: the first render follows in the same task, before any paint,
   * so the page shows the server's content until the client's replaces it, with no shift.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  /** Dispatches a bubbling, composed, cancelable event; returns false if a listener cancelled it. */
  protected emit<K extends keyof HavenEventMap>(name: K, detail: DetailOf<K>): boolean {
    return this.dispatchEvent(
      new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: true }),
    );
  }
}
