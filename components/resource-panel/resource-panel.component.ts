import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { HavenElement } from '../../src/internal/haven-element.js';
import { heading, HEADING_LEVEL } from '../../src/internal/heading.js';
import { checked, JsonChild } from '../../src/internal/input.js';
import { slotController } from '../../src/internal/slot-controller.js';
import { Problems } from '../../src/internal/warn.js';
import { addStrings, pluralCategory } from '../../src/i18n/index.js';
import { shared } from '../../src/styles/shared.js';
import type { HavenResource } from '../resource/resource.component.js';
import type { Fields } from '../resource/resource.model.js';
import { resourceStyles } from '../resource/resource.styles.js';
import {
  context,
  readElement,
  renderResource,
  view,
  type View,
} from '../resource/resource.parts.js';
import { entries } from './resource-panel.model.js';
import { NONE, passes, renderFilters, type Filters, type Item } from './resource-panel.parts.js';
import { resourceStrings } from '../resource/resource.strings.js';
import { resourcePanelStrings } from './resource-panel.strings.js';
import { resourcePanelStyles } from './resource-panel.styles.js';

addStrings({ resourcePanel: resourcePanelStrings });

/**
 * A list of services for an advocacy organisation, with filters (what they help with; won't
 * call police unless you ask; text or chat; open now) in a real form, and the number shown
 * announced in a live region. Filter state stays in the page: never in the URL, history or
 * storage. Without JavaScript, every `<haven-resource>` child shows.
 *
 * Services come, in this order, from `<haven-resource>` children, from a
 * `<script type="application/json">` child holding our format or Open Referral HSDS 3.0 (one
 * service, an array, an organization with `services`, or a paginated `{ "contents": [] }`), and
 * from the `resources` property. Entries without a name, and `inactive` or `defunct` services,
 * are left out with a console note. Nothing is fetched.
 *
 * @tagname haven-resource-panel
 * @summary A filterable list of services with the safety facts a sex worker asks first.
 *
 * @slot - `<haven-resource>` elements, and a `<script type="application/json">` with services.
 *
 * @csspart base - The panel.
 * @csspart heading - The panel's heading.
 * @csspart filters - The filter form.
 * @csspart count - The live count of services shown.
 * @csspart resource - Each service listed from data.
 * @csspart note - The note shown when some entries could not be used, or none match.
 */
export class HavenResourcePanel extends HavenElement {
  static override styles = [shared, resourceStyles, resourcePanelStyles];
  static override strings = { resourcePanel: resourcePanelStrings, resource: resourceStrings };

  // Reactive properties as a static field, not decorators: no decorator helpers in any bundle.
  static override properties = {
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    staleAfter: { attribute: 'stale-after' },
    timeZone: { attribute: 'time-zone' },
    now: {},
    resources: { attribute: false },
    filters: { state: true, attribute: false },
  };

  /** The panel's heading; "Services" when unset. */
  heading = '';

  /**
   * The level of the panel's heading, 2 to 6, or `auto` (one below the nearest heading before
   * the panel, else 2); each service's heading is one level below.
   */
  headingLevel: string | number = 'auto';

  /** Months after which a service's "last checked" date earns a notice. */
  staleAfter: string | number = 12;

  /** The IANA time zone of services whose hours name none. */
  timeZone = '';

  /** The moment open/closed and staleness are computed for (ISO); the visitor's clock when unset. */
  now = '';

  /** Services as data: our format or HSDS 3.0, in any of the shapes the JSON child takes. */
  resources: unknown = null;

  private filters: Filters = NONE;

  private items: Item[] = [];
  private level = 2;
  private staleAfterMonths = 12;
  private note = false;

  /** The services a CMS editor pastes (the slot controller below reads it again). */
  private json = new JsonChild(this, false);

  /** The children read by the last update: a slotchange that only reports them again is skipped. */
  private read: Element[] = [];

  constructor() {
    super();
    // A CMS may add children or change the JSON child after the element upgraded.
    slotController(
      this,
      () =>
        this.children.length !== this.read.length ||
        this.read.some((el, i) => el !== this.children[i]),
    );
  }

  override willUpdate(changed: PropertyValues): void {
    const problems = new Problems(this);
    const note = problems.add;
    const ctx = context(
      this,
      { now: this.now, staleAfter: this.staleAfter, zone: this.timeZone, i18n: this.i18n },
      note,
    );
    const level = checked(HEADING_LEVEL, this.headingLevel, problems, this);
    // The note is for services left out, not for the panel's own attributes.
    const skipped = problems.list.length;
    const items: Item[] = [];
    const add = (f: Fields, el?: HTMLElement, ready?: View | null) => {
      const v =
        f.status === 'inactive' || f.status === 'defunct'
          ? null
          : ready !== undefined
            ? ready
            : view(f, ctx, note);
      if (f.status && !v && f.name) note(`"${f.name}" is ${f.status}: left out;`);
      if (v) items.push({ v, el });
      else if (el) el.hidden = true;
    };
    if (!isServer) {
      this.read = [...this.children];
      for (const el of this.querySelectorAll<HavenResource>(':scope > haven-resource')) {
        // A child that has rendered already checked its fields in the same context: reuse that.
        const done = el.hasUpdated && !el.isUpdatePending ? el.v : undefined;
        if (done) {
          done.problems.forEach(note);
          add(done.f, el, done.view);
        } else add(readElement(el, el.resource), el);
      }
      const data = this.json.read(problems);
      if (data !== undefined) entries(data).forEach((f) => add(f));
    }
    if (this.resources != null) entries(this.resources).forEach((f) => add(f));
    this.note = problems.list.length > skipped;
    problems.say();
    this.items = items;
    this.level = level;
    this.staleAfterMonths = ctx.staleAfter;
    for (const i of items) {
      if (!i.el) continue;
      i.el.hidden = !passes(this.filters, i.v);
      // The children read these from the panel: they render again when they change.
      if (
        this.hasUpdated &&
        ['now', 'staleAfter', 'timeZone', 'headingLevel'].some((k) => changed.has(k))
      )
        (i.el as HavenResource).requestUpdate?.();
    }
  }

  override render(): TemplateResult {
    const s = this.i18n.strings.resourcePanel;
    const { items, level } = this;
    const shown = items.filter((i) => passes(this.filters, i.v));
    const count = (
      pluralCategory(this.i18n.lang, items.length) === 'one' ? s.countOne : s.countOther
    )
      .replace('{n}', String(shown.length))
      .replace('{total}', String(items.length));
    // A server renderer cannot read the children: it leaves the count and notes to the browser.
    const empty = isServer
      ? ''
      : !items.length
        ? s.empty
        : !shown.length
          ? s.noMatch
          : this.note && s.partial;
    // Not a landmark: two panels with the same heading on one page would be two alike.
    return html`<div part="base" class="base">
      ${heading(level, 'h', 'heading', this.heading || s.heading)}
      ${
        items.length > 1
          ? renderFilters(items, this.filters, this.i18n, (f) => (this.filters = f))
          : nothing
      }
      <p part="count" class="count" role="status">${items.length ? count : ''}</p>
      <slot></slot>
      <div class="list">
        ${shown.map((i, k) =>
          i.el
            ? nothing
            : renderResource(
                i.v,
                `r${k}`,
                Math.min(level + 1, 6),
                this.staleAfterMonths,
                i.v.f.description ? html`<p>${i.v.f.description}</p>` : nothing,
              ),
        )}
      </div>
      ${empty ? html`<p part="note" class="note">${empty}</p>` : nothing}
    </div>`;
  }
}
