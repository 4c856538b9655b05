import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import {
  baseLanguage,
  hasStrings,
  LANGUAGES,
  mergeStrings,
  onLanguageData,
  strings,
  type HavenStrings,
  type HavenStringsUpdate,
} from '../i18n/index.js';
import { en } from '../i18n/en.js';
import { nearestLang } from '../i18n/lang.js';
import { warnOnce } from './warn.js';

export { nearestLang };

/** On a server: the nearest ancestor `lang` of the element being rendered (see `src/ssr.ts`). */
let serverLang = '';

/**
 * Runs `render` (synchronous) with `lang` as the language a server-rendered element inherits
 * from its ancestors in the page, which a server renderer cannot read from the element itself.
 */
export function withServerLang<T>(lang: string, render: () => T): T {
  const was = serverLang;
  serverLang = lang;
  try {
    return render();
  } finally {
    serverLang = was;
  }
}

const controllers = new Set<LanguageController>();
let observer: MutationObserver | undefined;
const watched = new WeakSet<Node>();
let unsubscribe: (() => void) | undefined;

/** Every element's language may have changed: each works it out again, and renders if so. */
function refreshAll(): void {
  for (const c of controllers) c.refresh();
}

/**
 * One MutationObserver for every element of the library on the page: it watches `lang` on the
 * whole document, and in each shadow root that holds an element, and sends each element back to
 * work its language out again.
 */
function watch(host: Element): void {
  observer ??= new MutationObserver(refreshAll);
  for (const root of [host.ownerDocument, host.getRootNode()]) {
    if (watched.has(root)) continue;
    watched.add(root);
    observer.observe(root, {
      attributes: true,
      attributeFilter: ['lang', 'strings'],
      subtree: true,
    });
  }
}

/** Whether `value` can stand in for the default word `like`: same shape (text, list, plural forms). */
function sameShape(value: unknown, like: unknown): boolean {
  if (typeof like === 'string') return typeof value === 'string';
  if (Array.isArray(like)) return Array.isArray(value) && value.every((v) => typeof v === 'string');
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { other?: unknown }).other === 'string' &&
    Object.values(value).every((v) => typeof v === 'string')
  );
}

/**
 * An editor's words for one element: the `strings` attribute, a JSON object of the element's own
 * UI string keys and the shared ones, e.g. `strings='{"link": "Salir ya"}'` on a quick exit. The
 * element's own keys are those of each of its namespaces (`spaces`: a panel's, then a service's,
 * which it also shows). A key the element does not know, or a value of the wrong shape, is left
 * out with a console note; so is the whole attribute when it is not JSON. The words are shown as
 * text, never as HTML.
 */
function editorWords(
  raw: string,
  base: HavenStrings,
  spaces: string[],
  tag: string,
): HavenStringsUpdate {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    warnOnce(tag, 'the strings attribute is not valid JSON; using the built-in words.');
    return {};
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    warnOnce(tag, 'the strings attribute must be a JSON object of words by key.');
    return {};
  }
  const all = base as unknown as Record<string, Record<string, unknown>>;
  const words: Record<string, Record<string, unknown> | unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const space = spaces.find((n) => Object.hasOwn(all[n]!, key));
    const like = space ? all[space]![key] : Object.hasOwn(en, key) ? all[key] : undefined;
    if (like === undefined) warnOnce(tag, `strings: unknown key "${key}" left out.`);
    else if (!sameShape(value, like))
      warnOnce(
        tag,
        `strings: "${key}" has the wrong shape (text, list or plural forms) and is left out.`,
      );
    else if (space) ((words[space] ??= {}) as Record<string, unknown>)[key] = value;
    else words[key] = value;
  }
  return words as HavenStringsUpdate;
}

/**
 * Which language an element speaks, and its words in that language. The element renders again
 * when its language changes (its own `lang`, an ancestor's, `<html lang>`), and when words or
 * content in its language arrive. A language the library lacks, or one whose words for this
 * element are not loaded, gives English, says so once in the console, and marks the rendered
 * root `lang="en"`, so a screen reader reads the English with an English voice.
 */
export class LanguageController implements ReactiveController {
  private resolved?: { lang: string; fallback: boolean };
  private words?: HavenStrings;
  /** Whether the rendered root was last marked `lang="en"` (a fallback). */
  private marked = false;

  /** `own` is the element's English strings: Spanish is ready when each of its keys has Spanish. */
  constructor(
    private readonly host: ReactiveElement,
    private readonly own: object,
  ) {
    host.addController(this);
  }

  /** The library language the element renders in: `en` or `es`. */
  get lang(): string {
    return this.resolve().lang;
  }

  /** The element's words in its language, with an editor's own words (`strings`) over them. */
  get strings(): HavenStrings {
    if (this.words) return this.words;
    const base = strings(this.lang);
    const raw = this.host.getAttribute('strings');
    return (this.words = raw
      ? (mergeStrings(
          base,
          editorWords(raw, base, Object.keys(this.own), this.host.localName),
        ) as HavenStrings)
      : base);
  }

  hostConnected(): void {
    controllers.add(this);
    if (isServer) return;
    unsubscribe ??= onLanguageData(refreshAll);
    watch(this.host);
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  hostUpdated(): void {
    if (isServer) return;
    const want = this.resolve().fallback ? 'en' : null;
    // Nothing to do, and nothing to look up, for an element that never fell back to English.
    if (!want && !this.marked) return;
    const root = this.host.renderRoot as ShadowRoot;
    const base = [...(root.children ?? [])].find((el) => el.matches('[part~="base"]'));
    if (!base) return;
    this.marked = !!want;
    // Only a change: the shared observer watches `lang` in every shadow root that holds an
    // element (a group's cards), and an unchanged value set again would be a change to it.
    if (base.getAttribute('lang') === want) return;
    if (want) base.setAttribute('lang', want);
    else base.removeAttribute('lang');
  }

  /** Works the language out again; asks for a render when anything an element shows may change. */
  refresh(): void {
    this.resolved = undefined;
    this.words = undefined;
    this.host.requestUpdate();
  }

  private resolve(): { lang: string; fallback: boolean } {
    if (this.resolved) return this.resolved;
    // A server renderer has no ancestors to read: the element's own lang, else the one the
    // renderer found on its ancestors in the page.
    const tag = isServer ? (this.host.getAttribute('lang') ?? serverLang) : nearestLang(this.host);
    const wanted = baseLanguage(tag);
    const known = (LANGUAGES as readonly string[]).includes(wanted);
    if (wanted === 'en' || (known && hasStrings(wanted, this.own))) {
      return (this.resolved = { lang: wanted, fallback: false });
    }
    const name = this.host.localName;
    warnOnce(
      name,
      known
        ? `lang="${tag}": the ${wanted} words of <${name}> are not loaded (load haven.${wanted}.js, use the loader, or add the module haven-widgets/${wanted}.js); showing English.`
        : `lang="${tag}": haven-widgets has no words in this language (it has ${LANGUAGES.join(', ')}); showing English.`,
    );
    return (this.resolved = { lang: 'en', fallback: true });
  }
}
