/**
 * The page-wide half of `<haven-quick-exit>`: one key listener per document however many
 * instances a page holds (several embeds on one page), the Shift-three-times count they share,
 * and hiding and restoring the page. Not public API.
 */
import { strings, type HavenStrings } from '../../src/i18n/index.js';

/** A neutral, non-personalised page: the destination unless a host sets its own. */
export const DEFAULT_DESTINATION = 'https://www.weather.gov/';
/** Shift presses that leave, and the longest gap between two of them. */
const PRESSES = 3;
const GAP_MS = 5000;

/**
 * What an element announces after a Shift press: the presses left, that the count expired, or
 * nothing. Each element words it in its own language.
 */
export type Announcement = number | 'expired' | '';

/** What one element gives the shared listener. */
export interface QuickExitMember {
  /** False inside an editor's preview: the keys then do nothing for it. */
  live(): boolean;
  /** Shows the progress (0-2 presses) and, for the first live instance, what to announce. */
  show(presses: number, say: Announcement): void;
  /** Leaves the page: the third Shift press. */
  exit(): void;
}

/**
 * The clock, the timer and the navigation, in one place so tests can replace them: the 5 s
 * expiry without waiting, and `location.replace` without leaving the test page.
 */
export const exitEnv = {
  now: (): number => Date.now(),
  later: (fn: () => void, ms: number): unknown => setTimeout(fn, ms),
  cancel: (handle: unknown): void => clearTimeout(handle as number),
  /** `replace`, not `assign`: the page drops out of the back stack. Never a new window. */
  leave: (win: Window, url: string): void => win.location.replace(url),
};

interface DocState {
  members: Set<QuickExitMember>;
  presses: number;
  last: number;
  timer: unknown;
  /** Shift is down, and another key was pressed with it (typing a capital). */
  held: boolean;
  modified: boolean;
}

const docs = new WeakMap<Document, DocState>();
const KEY_EVENTS = ['keydown', 'keyup'] as const;

/** How many key listeners the quick exit has on `doc` (one per key event type while in use). */
export function listenerCount(doc: Document = document): number {
  // Listeners are added with the first instance and removed with the last (see `join`).
  return docs.get(doc)?.members.size ? 1 : 0;
}

/** Adds an instance; returns the function that removes it (the last one removes the listener). */
export function join(doc: Document, member: QuickExitMember): () => void {
  let s = docs.get(doc);
  if (!s) {
    s = {
      members: new Set(),
      presses: 0,
      last: 0,
      timer: 0,
      held: false,
      modified: false,
    };
    docs.set(doc, s);
  }
  if (!s.members.size) {
    // Capture: a page that stops key events from bubbling cannot switch the exit off.
    for (const type of KEY_EVENTS) doc.addEventListener(type, onKey, true);
  }
  s.members.add(member);
  const state = s;
  // Which instance is the landmark may have changed: every instance renders again.
  show(state, '');
  return () => {
    if (!state.members.delete(member)) return;
    if (state.members.size) return show(state, '');
    for (const type of KEY_EVENTS) doc.removeEventListener(type, onKey, true);
    reset(state, '');
  };
}

/**
 * True for the instance that is the page's "Quick exit" landmark: the first one still on the
 * page. Two landmarks with one name would make a screen reader's list of regions ambiguous.
 */
export function leads(doc: Document, member: QuickExitMember): boolean {
  const s = docs.get(doc);
  return !s || s.members.values().next().value === member;
}

function reset(s: DocState, message: Announcement): void {
  s.presses = 0;
  exitEnv.cancel(s.timer);
  s.timer = 0;
  show(s, message);
}

/** Progress to every instance; the announcement only to the first live one (no echo). */
function show(s: DocState, message: Announcement): void {
  let first = true;
  for (const m of s.members) {
    const live = m.live();
    m.show(live ? s.presses : 0, live && first ? message : '');
    if (live) first = false;
  }
}

function onKey(event: Event): void {
  const e = event as KeyboardEvent;
  const s = docs.get(e.currentTarget as Document);
  if (!s) return;
  const member = [...s.members].find((m) => m.live());
  if (!member) return;
  if (e.key !== 'Shift') {
    if (e.type !== 'keydown') return;
    // Any other key resets; one pressed while Shift is down makes that Shift a modifier.
    if (s.held) s.modified = true;
    if (s.presses) reset(s, '');
    return;
  }
  if (e.type === 'keydown') {
    // Holding Shift repeats keydown: one press is counted when it is released.
    if (!e.repeat) {
      s.held = true;
      s.modified = false;
    }
    return;
  }
  s.held = false;
  if (s.modified || e.ctrlKey || e.altKey || e.metaKey) {
    s.modified = false;
    return;
  }
  const now = exitEnv.now();
  s.presses = s.presses && now - s.last <= GAP_MS ? s.presses + 1 : 1;
  s.last = now;
  if (s.presses >= PRESSES) {
    reset(s, '');
    member.exit();
    return;
  }
  exitEnv.cancel(s.timer);
  s.timer = exitEnv.later(() => reset(s, 'expired'), GAP_MS);
  show(s, PRESSES - s.presses);
}

// ---------------------------------------------------------------------------------------------
// Hiding the page at once, and showing it again on a return through the back/forward cache

/**
 * Hides every child of the body but the cover. An adopted style sheet, not inline styles: a
 * strict Content-Security-Policy (`style-src 'self'`) allows it.
 */
const COVER_CSS =
  'body>:not([data-haven-cover]){display:none!important}[data-haven-cover]{position:fixed!important;inset:0;z-index:2147483647;padding:1em;background:Canvas!important;color:CanvasText!important}';

interface Hidden {
  cover: HTMLElement;
  sheet: CSSStyleSheet;
  title: string;
}
const hidden = new WeakMap<Document, Hidden>();

/** Whether the page of `doc` is hidden by a quick exit. */
export function isHidden(doc: Document = document): boolean {
  return hidden.has(doc);
}

/**
 * Hides the page at once: content hidden, a blank cover that announces loading, a neutral
 * document title, in the words `s` of the element that leaves. A `pageshow` listener (only while
 * hidden) shows it again on a return.
 */
export function hidePage(
  doc: Document,
  s: Pick<HavenStrings['quickExit'], 'loading' | 'title'> = strings().quickExit,
): void {
  const win = doc.defaultView;
  if (hidden.has(doc) || !win) return;
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(COVER_CSS);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  const cover = doc.createElement('div');
  cover.setAttribute('data-haven-cover', '');
  cover.setAttribute('role', 'alert');
  cover.textContent = s.loading;
  (doc.body ?? doc.documentElement).append(cover);
  hidden.set(doc, { cover, sheet, title: doc.title });
  doc.title = s.title;
  win.addEventListener('pageshow', onPageShow);
}

/** Undoes `hidePage`: the cover, the style sheet and the title go, the listener too. */
export function restorePage(doc: Document): void {
  const h = hidden.get(doc);
  if (!h) return;
  hidden.delete(doc);
  h.cover.remove();
  doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((x) => x !== h.sheet);
  doc.title = h.title;
  doc.defaultView?.removeEventListener('pageshow', onPageShow);
}

function onPageShow(event: Event): void {
  restorePage((event.currentTarget as Window).document);
}
