import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { HavenElement } from '../../src/internal/haven-element.js';
import { slotController } from '../../src/internal/slot-controller.js';
import { heading, HEADING_LEVEL } from '../../src/internal/heading.js';
import { checked, oneOf } from '../../src/internal/input.js';
import { reviewedLine, sourcesLabel, sourcesList } from '../../src/internal/sources.js';
import { Problems } from '../../src/internal/warn.js';
import { getMyth, mythExpected, mythIds } from '../../src/content/registry.js';
import type { MythItem } from '../../src/content/schema.js';
import { trustedHtml } from './myth-fact.parts.js';
import { addStrings } from '../../src/i18n/index.js';
import { mythFactStrings } from './myth-fact.strings.js';
import { shared } from '../../src/styles/shared.js';
import { mythFactStyles } from './myth-fact.styles.js';

addStrings({ mythFact: mythFactStrings });

const ORDER = oneOf('order', ['fact-first', 'myth-first']);
const HEADING = /^H[1-6]$/;

/**
 * One myths-versus-facts card. The fact leads as the heading; the myth follows once, labelled as
 * a myth; then why the myth is wrong, the sources and the date the card was last reviewed.
 *
 * @tagname haven-myth-fact
 * @summary A myths-versus-facts card, fact first, with sources.
 *
 * @slot fact - The fact, used as the heading. A slotted `<h2>`-`<h6>` is used as it is.
 * @slot myth - The myth, one sentence. It is labelled "Common myth" and is never the heading.
 * @slot - The explanation: why the myth is wrong.
 * @slot sources - The sources, e.g. a `<ul>` of links.
 *
 * @fires haven-reveal - A visitor opened a collapsed explanation. `detail.id` is the content id or null.
 *
 * @csspart base - The card.
 * @csspart fact-label - The "Fact" label above the heading.
 * @csspart heading - The fact heading.
 * @csspart myth - The line with the myth.
 * @csspart myth-label - The "Common myth" label.
 * @csspart toggle - The button that shows a collapsed explanation.
 * @csspart explanation - The explanation.
 * @csspart sources - The sources and review date.
 * @csspart note - The neutral note shown when the card has no content.
 *
 * @cssprop --haven-myth-fact-background - Card background. Falls back to `--haven-color-surface`.
 * @cssprop --haven-myth-fact-border-color - Card border. Falls back to `--haven-color-border`.
 * @cssprop --haven-myth-fact-accent - Accent edge, label and button color. Falls back to `--haven-color-accent`.
 * @cssprop --haven-myth-fact-myth-color - Color of the myth line. Falls back to `--haven-color-muted`.
 * @cssprop --haven-myth-fact-heading-size - Font size of the fact. Default `1.2em`.
 * @cssprop --haven-myth-fact-padding - Inner spacing. Falls back to `--haven-space`.
 */
export class HavenMythFact extends HavenElement {
  static override styles = [shared, mythFactStyles];
  static override strings = { mythFact: mythFactStrings };

  // Reactive properties as a static field, not decorators: no decorator helpers in any bundle.
  static override properties = {
    contentId: { attribute: 'content-id', reflect: true, useDefault: true },
    headingLevel: { attribute: 'heading-level' },
    order: { reflect: true, useDefault: true },
    collapsed: { type: Boolean, reflect: true, useDefault: true },
    noSources: { type: Boolean, attribute: 'no-sources' },
    reviewed: {},
    open: { state: true, attribute: false },
  };

  /** A built-in item to show, e.g. `myths/not-a-mental-illness`. Slotted content takes precedence. */
  contentId = '';

  /** The level of the fact heading: 2 to 6, or `auto` (one below the heading before it, else 2). */
  headingLevel: string | number = 'auto';

  /** `fact-first` (the default, recommended) or `myth-first`. The fact stays the heading either way. */
  order = 'fact-first';

  /** Puts the explanation behind a "Why this is wrong" button. Printing always shows it. */
  collapsed = false;

  /** Hides the sources and the review date. */
  noSources = false;

  /** The date editor-authored content was last reviewed, `YYYY-MM-DD`. */
  reviewed = '';

  private open = false;

  private item: MythItem | undefined;
  private waiting = false;
  private level = 3;
  private has = { fact: false, myth: false, body: false, sources: false, headingFact: false };

  constructor() {
    super();
    // Slotted text added after upgrade replaces the built-in text it stands for.
    slotController(this);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    this.readLightDom();
    // A property may be set to anything from script: read it as text, never call its methods.
    // Looked up on every update: the element's language may have changed, or its pack arrived.
    const id = String(this.contentId ?? '').trim();
    this.item = id ? getMyth(id, this.i18n.lang) : undefined;
    // A built-in text the loader is still bringing (a content-id set later): wait, say nothing.
    this.waiting = !this.item && mythExpected(id);
    const problems = new Problems(this);
    if (changed.has('contentId')) {
      if (this.contentId && !this.item && !this.waiting) {
        problems.add(
          `unknown content-id "${this.contentId}". Use one of: ${mythIds().join(', ')}; or give the card its own content with the fact, myth and default slots.`,
        );
      }
    }
    if (changed.has('headingLevel')) {
      this.level = checked(HEADING_LEVEL, this.headingLevel, problems, this);
    }
    if (changed.has('order')) checked(ORDER, this.order, problems);
    if (!this.item && !this.has.fact && !this.contentId) {
      problems.add(
        'has no content: set content-id to a built-in item, or add an element with slot="fact".',
      );
    }
    problems.say();
  }

  override render(): TemplateResult {
    const item = this.item;
    if (!item && !this.has.fact) {
      // Show what there is (an editor's explanation, if any) under a neutral note, and keep
      // listening: a CMS may add the fact later. No note while the loader brings the text.
      const note = this.i18n.strings.mythFact.cardUnavailable;
      return html`<div part="base" class="base">
        ${this.waiting ? nothing : html`<p part="note" class="note">${note}</p>`}
        <slot name="fact" hidden></slot>
        <slot></slot>
      </div>`;
    }
    const s = this.i18n.strings.mythFact;
    const hidden = this.collapsed && !this.open;
    const myth =
      !item && !this.has.myth
        ? nothing
        : html`<p part="myth" class="myth">
            <span part="myth-label" class="label"
              >${s.myth}<span class="visually-hidden">:</span></span
            >
            <slot name="myth">${item?.myth}</slot>
          </p>`;
    const factSlot = html`<slot name="fact">${item?.fact}</slot>`;
    return html`<article part="base" class="base" aria-labelledby="fact">
      ${this.order === 'myth-first' ? myth : nothing}
      <p part="fact-label" class="label fact-label">${s.fact}</p>
      ${
        this.has.headingFact
          ? html`<div id="fact" part="heading" class="fact">${factSlot}</div>`
          : heading(this.level, 'fact', 'heading', factSlot)
      }
      ${this.order === 'myth-first' ? nothing : myth}
      ${
        this.collapsed
          ? html`<button
              part="toggle"
              class="toggle"
              type="button"
              aria-expanded=${this.open ? 'true' : 'false'}
              aria-controls="explanation"
              @click=${this.handleToggle}
            >
              <span class="chevron" aria-hidden="true"></span>${s.showExplanation}
            </button>`
          : nothing
      }
      <div
        id="explanation"
        part="explanation"
        class=${hidden ? 'explanation is-hidden' : 'explanation'}
      >
        ${item && !this.has.body ? trustedHtml(item) : nothing}
        <slot></slot>
      </div>
      ${this.renderMeta(item)}
    </article>`;
  }

  private renderMeta(item: MythItem | undefined): TemplateResult | typeof nothing {
    if (this.noSources) return nothing;
    const sources = item?.sources ?? [];
    const reviewed = this.reviewed || item?.reviewed || '';
    if (!sources.length && !this.has.sources && !reviewed) return nothing;
    return html`<footer part="sources" class="meta">
      ${sourcesLabel(this.i18n)}
      <slot name="sources">${sourcesList(sources, this.i18n)}</slot>
      ${reviewedLine(reviewed, this.i18n)}
    </footer>`;
  }

  /** Notes which slots the page filled, so built-in text fills only the gaps. */
  private readLightDom(): void {
    // A server renderer has no light DOM to read: slot fallbacks carry the built-in text there.
    if (isServer) return;
    const fact = this.querySelector(':scope > [slot="fact"]');
    this.has = {
      fact: !!fact,
      headingFact: !!fact && HEADING.test(fact.tagName),
      myth: !!this.querySelector(':scope > [slot="myth"]'),
      sources: !!this.querySelector(':scope > [slot="sources"]'),
      // A JSON <script> or a <template> a CMS adds is data, not an explanation.
      body: [...this.childNodes].some((n) =>
        n.nodeType === Node.ELEMENT_NODE
          ? !(n as Element).matches('[slot], script, template, style')
          : n.nodeType === Node.TEXT_NODE && !!n.textContent?.trim(),
      ),
    };
  }

  private handleToggle(): void {
    this.open = !this.open;
    if (this.open) this.emit('haven-reveal', { id: this.contentId || null });
  }
}
