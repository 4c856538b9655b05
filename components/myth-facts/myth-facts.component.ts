import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { HavenElement } from '../../src/internal/haven-element.js';
import { slotController } from '../../src/internal/slot-controller.js';
import { heading, headingContext, HEADING_LEVEL } from '../../src/internal/heading.js';
import { checked } from '../../src/internal/input.js';
import { Problems } from '../../src/internal/warn.js';
import { getMyth, listMyths, mythExpected, mythIds } from '../../src/content/registry.js';
import { TOPICS, type MythItem } from '../../src/content/schema.js';
import { readTopic } from '../../src/content/topic.js';
import { addStrings } from '../../src/i18n/index.js';
import { mythFactsStrings } from './myth-facts.strings.js';
import { shared } from '../../src/styles/shared.js';
import { mythFactsStyles } from './myth-facts.styles.js';

addStrings({ mythFacts: mythFactsStrings });

/**
 * A group of myths-versus-facts cards: every built-in card, the cards of one `topic`, a given list
 * of `ids`, or the editor's own `<haven-myth-fact>` children, in a grid that becomes one column
 * on narrow screens.
 *
 * @tagname haven-myth-facts
 * @summary A responsive group of myths-versus-facts cards.
 *
 * @slot - The editor's own `<haven-myth-fact>` cards. When present, built-in cards are not added.
 * @slot intro - An introduction shown under the heading.
 *
 * @csspart base - The wrapper.
 * @csspart heading - The group heading.
 * @csspart intro - The introduction.
 * @csspart list - The grid of cards.
 * @csspart note - The neutral note shown when there are no cards.
 *
 * @cssprop --haven-myth-facts-min-column - The narrowest a column may be before the grid drops a column. Default `18rem`.
 * @cssprop --haven-myth-facts-gap - Space between cards. Falls back to `--haven-space`.
 */
export class HavenMythFacts extends HavenElement {
  static override styles = [shared, mythFactsStyles];
  static override strings = { mythFacts: mythFactsStrings };

  // Reactive properties as a static field, not decorators: no decorator helpers in any bundle.
  static override properties = {
    topic: { reflect: true },
    ids: {},
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    intro: {},
    collapsed: { type: Boolean, reflect: true },
  };

  /** Shows only the built-in cards of this topic. */
  topic = '';

  /** Shows these built-in cards, in this order: ids separated by spaces or commas. */
  ids = '';

  /** A heading for the group. Without it, the cards' headings stand at `heading-level`. */
  heading = '';

  /** Level of the group heading: 2 to 6, or `auto` (one below the heading before it, else 2). The cards' headings sit one level below it. */
  headingLevel: string | number = 'auto';

  /** A short introduction under the heading (plain text; or use the `intro` slot). */
  intro = '';

  /** Puts every built-in card's explanation behind a button. */
  collapsed = false;

  private items: MythItem[] = [];
  private waiting = false;
  private ownCards = false;
  private level = 2;

  constructor() {
    super();
    // Editor cards added or removed after upgrade re-render the group.
    slotController(this);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // A JSON <script> or a <template> a CMS adds is data, not a card.
    this.ownCards =
      !isServer && !!this.querySelector(':scope > :not([slot], script, template, style)');
    const problems = new Problems(this);
    if (changed.has('headingLevel')) {
      this.level = checked(HEADING_LEVEL, this.headingLevel, problems, this);
    }
    // An editor's own cards stand under the group's heading, when it has one.
    headingContext(this, this.heading ? this.level : undefined);
    // Every update: the language may have changed, or texts the loader brings by id arrived.
    this.items = this.select(problems);
    if (!this.ownCards && !this.items.length && !this.topic && !this.waiting) {
      problems.add('has no cards to show: check ids and topic, or add <haven-myth-fact> children.');
    }
    problems.say();
  }

  override render(): TemplateResult {
    const cardLevel = this.heading ? Math.min(this.level + 1, 6) : this.level;
    // No note while the loader brings the cards' texts.
    const s = this.i18n.strings.mythFacts;
    const note = this.waiting ? nothing : html`<p part="note" class="note">${s.groupEmpty}</p>`;
    const content = html`
      ${this.heading ? heading(this.level, 'heading', 'heading', this.heading) : nothing}
      <div part="intro" class="intro">
        <slot name="intro">${this.intro ? html`<p>${this.intro}</p>` : nothing}</slot>
      </div>
      ${
        this.ownCards
          ? html`<div part="list" class="list">
              <slot></slot>
            </div>`
          : this.items.length
            ? // Safari drops list semantics from a list styled with list-style: none.
              // eslint-disable-next-line lit-a11y/no-redundant-role
              html`<ul part="list" class="list" role="list">
                ${this.items.map(
                  (item) =>
                    html`<li>
                      <haven-myth-fact
                        content-id=${item.id}
                        heading-level=${cardLevel}
                        ?collapsed=${this.collapsed}
                      ></haven-myth-fact>
                    </li>`,
                )}
              </ul>`
            : html`${note} <slot></slot>`
      }
    `;
    return this.heading
      ? // Not a named region: the same group twice would make two landmarks of one name.
        html`<section part="base" class="base">${content}</section>`
      : html`<div part="base" class="base">${content}</div>`;
  }

  /** The built-in items to show: `ids` first, then `topic`, else every item. */
  /** The cards to show; sets `waiting` when some of their texts are still on their way. */
  private select(problems: Problems): MythItem[] {
    this.waiting = false;
    // Properties may be set to anything from script: read them as text.
    const ids = String(this.ids ?? '')
      .split(/[\s,]+/)
      .filter(Boolean);
    if (ids.length) {
      // A built-in id whose text the loader is still bringing is not unknown: it comes soon.
      const missing = ids.filter((id) => !getMyth(id));
      this.waiting = missing.some(mythExpected);
      const unknown = missing.filter((id) => !mythExpected(id));
      if (unknown.length) {
        problems.add(
          `unknown id(s) ${unknown.map((id) => `"${id}"`).join(', ')} skipped. Known ids: ${mythIds().join(', ')}.`,
        );
      }
      return ids.map((id) => getMyth(id, this.i18n.lang)).filter((m): m is MythItem => !!m);
    }
    const { topic, unknown } = readTopic(this.topic, TOPICS);
    if (unknown) {
      problems.add(`unknown topic "${unknown}". Use one of: ${TOPICS.join(', ')}.`);
      return [];
    }
    return listMyths(topic, this.i18n.lang);
  }
}
