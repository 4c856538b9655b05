import { isServer, LitElement } from 'lit';
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
   * Whether the element arrived with a server's declarative shadow root and has not rendered into
   * it yet. (An upgraded element's constructor sees the shadow root the parser attached, and Lit
   * renders into that root rather than attaching another.)
   */
  private fromServer = !isServer && !!this.shadowRoot;

  /**
   * A server-rendered element's content is on the page already: its first render waits until
   * the browser has painted it, so a pre-rendered page paints as soon as its HTML is parsed
   * instead of after every element has rendered again (bench/RESULTS.md, first paint). It waits
   * for the frame itself, however late a slow or busy device paints it, and not for a clock; a
   * page that paints nothing (hidden, as a tab in the background) is not waited for. Then the
   * server's content is emptied out (Lit would render next to it) in the same task as the first
   * render: the client's content replaces it in one step, with no shift.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.fromServer) return super.scheduleUpdate();
    return new Promise((painted) => {
      const hidden = () => document.visibilityState === 'hidden' && setTimeout(painted);
      if (!hidden()) {
        requestAnimationFrame(() => setTimeout(painted));
        document.addEventListener('visibilitychange', hidden, { once: true });
      }
    }).then(() => {
      this.fromServer = false;
      this.shadowRoot!.replaceChildren();
      // Lit marked the root's first child (the server's) as where to render before.
      this.renderOptions.renderBefore = null;
      return super.scheduleUpdate();
    });
  }

  /** Dispatches a bubbling, composed, cancelable event; returns false if a listener cancelled it. */
  protected emit<K extends keyof HavenEventMap>(name: K, detail: DetailOf<K>): boolean {
    return this.dispatchEvent(
      new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: true }),
    );
  }
}
