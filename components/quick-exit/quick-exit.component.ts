import { html, isServer, nothing, type TemplateResult } from 'lit';
import { HavenElement } from '../../src/internal/haven-element.js';
import { slotController } from '../../src/internal/slot-controller.js';
import {
  type Announcement,
  DEFAULT_DESTINATION,
  exitEnv,
  hidePage,
  join,
  leads,
  restorePage,
} from './quick-exit.parts.js';
import { isHttps } from '../../src/internal/urls.js';
import { Problems } from '../../src/internal/warn.js';
import { addStrings, plural } from '../../src/i18n/index.js';
import { quickExitStrings } from './quick-exit.strings.js';
import { shared } from '../../src/styles/shared.js';
import { quickExitStyles } from './quick-exit.styles.js';

addStrings({ quickExit: quickExitStrings });

const REL = 'nofollow noopener noreferrer';
const EDITABLE = '[contenteditable]:not([contenteditable="false" i])';

/** Inside an editor: a contenteditable ancestor, through every shadow root the element sits in. */
const editable = (el: Element | undefined): boolean =>
  !!el && (!!el.closest(EDITABLE) || editable((el.getRootNode() as ShadowRoot).host));

/**
 * A quick exit: a real link to a neutral page that works with JavaScript off. With JavaScript it
 * also answers to Shift pressed three times, hides the page at once and leaves with
 * `location.replace()`, so the page drops out of the tab's back stack. Place it first in the
 * body, so it comes before the page's content in the tab order. It cannot hide earlier history,
 * other tabs, synced history, monitoring software or call logs: say so with
 * `<haven-quick-exit-info>`.
 *
 * @tagname haven-quick-exit
 * @summary A quick-exit link: click, tap or Shift three times.
 *
 * @slot - An editor's own `<a href>` (the link without JavaScript). Its text is the label.
 *
 * @fires haven-exit - Cancelable, just before leaving. `detail.href` is the destination, `detail.via` `click` or `keys`.
 *
 * @csspart base - The wrapper: a navigation landmark named "Quick exit" (the first instance on a page; others are plain wrappers).
 * @csspart link - The built-in link.
 * @csspart indicator - The Shift-press progress dots.
 *
 * @cssprop --haven-quick-exit-background - Link background. Default a strong red.
 * @cssprop --haven-quick-exit-color - Link text color. Default white.
 * @cssprop --haven-quick-exit-z-index - Stacking order, above cookie banners. Default 2147483647.
 * @cssprop --haven-quick-exit-position - `sticky` (default) or `fixed`.
 * @cssprop --haven-quick-exit-top - Distance from the top of the screen. Default `0`.
 */
export class HavenQuickExit extends HavenElement {
  static override styles = [shared, quickExitStyles];
  static override strings = { quickExit: quickExitStrings };

  // Reactive properties as a static field, not decorators: no decorator helpers in any bundle.
  static override properties = {
    href: {},
    neutral: { type: Boolean, reflect: true },
    preview: { type: Boolean, reflect: true },
  };

  /** The destination: an https address of a neutral page. Default a weather page. */
  href = '';

  /** Shows a neutral word ("Leave") instead of "Exit this page"; screen readers hear the purpose. */
  neutral = false;

  /** Makes the control do nothing, for an editor's preview (also automatic in contenteditable). */
  preview = false;

  /** Shift presses so far, and what the status region says; set by the shared listener. */
  private presses = 0;
  private say: Announcement = '';

  private link: HTMLAnchorElement | null = null;
  private destination = DEFAULT_DESTINATION;
  private leaveGroup?: () => void;
  /** What this instance gives the page-wide listener. */
  private member = {
    live: () => !this.inPreview(),
    show: (presses: number, say: Announcement) => {
      this.presses = presses;
      this.say = say;
      this.requestUpdate();
    },
    exit: () => this.exit('keys'),
  };

  constructor() {
    super();
    if (!isServer) {
      this.addEventListener('click', this.handleClick);
      // A middle click would open the destination in a new tab and leave this page showing.
      this.addEventListener('auxclick', (e) => e.button === 1 && this.handleClick(e));
    }
    // An editor link added or changed after upgrade is read again.
    slotController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.leaveGroup ??= join(this.ownerDocument, this.member);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.leaveGroup?.();
    this.leaveGroup = undefined;
  }

  override willUpdate(): void {
    if (isServer) return;
    this.link = this.querySelector(':scope > a[href]');
    this.destination = this.pick();
    const a = this.link;
    if (a) {
      // The editor's link is the control: make it as safe as the built-in one.
      a.href = this.destination;
      a.rel = REL;
      a.referrerPolicy = 'no-referrer';
    }
  }

  override render(): TemplateResult {
    const s = this.i18n.strings.quickExit;
    const message =
      this.say === 'expired' ? s.expired : this.say ? plural(this.i18n.lang, s.more, this.say) : '';
    // A neutral label: the visible word starts the name (WCAG 2.5.3), the rest says what it does.
    const named = this.neutral ? s.neutral + ' ' + s.neutralHint : '';
    const link = this.link
      ? html`<slot></slot>`
      : html`<a
            part="link"
            class="link"
            href=${this.destination}
            rel=${REL}
            referrerpolicy="no-referrer"
            aria-label=${named || nothing}
            >${this.neutral ? s.neutral : s.link}</a
          ><slot hidden></slot>`;
    const inner = html`${link}
      <span part="indicator" class="indicator p${this.presses}" ?hidden=${!this.presses}
        ><span class="dot"></span><span class="dot"></span><span class="dot"></span
      ></span>
      <span role="status" class="visually-hidden">${message || nothing}</span>`;
    // A landmark of its own, so screen readers can jump to it from anywhere on the page; only the
    // first instance on a page is one, so the page never has two regions of the same name.
    return isServer || leads(this.ownerDocument, this.member)
      ? html`<nav part="base" class="base" aria-label=${s.landmark}>${inner}</nav>`
      : html`<div part="base" class="base">${inner}</div>`;
  }

  /** The host's `href`, else the editor's link; an unsafe or missing one gives the default. */
  private pick(): string {
    const url = String(this.href || this.link?.getAttribute('href') || '').trim();
    if (!url || isHttps(url)) return url || DEFAULT_DESTINATION;
    const problems = new Problems(this);
    problems.add(`href "${url}" is not an https address; using ${DEFAULT_DESTINATION}.`);
    problems.say();
    return DEFAULT_DESTINATION;
  }

  private inPreview(): boolean {
    return this.preview || editable(this);
  }

  /** Hides the page, tells the host, then leaves (unless the host cancelled). */
  private exit(via: 'click' | 'keys'): void {
    const doc = this.ownerDocument;
    const href = this.pick();
    hidePage(doc, this.i18n.strings.quickExit);
    if (!this.emit('haven-exit', { href, via })) {
      restorePage(doc);
      return;
    }
    exitEnv.leave(doc.defaultView!, href);
  }

  private handleClick = (e: MouseEvent): void => {
    const a = e.composedPath().find((n) => (n as Element).localName === 'a');
    if (!a || (a !== this.link && (a as Element).getRootNode() !== this.shadowRoot)) return;
    e.preventDefault();
    if (!this.inPreview()) this.exit('click');
  };
}
