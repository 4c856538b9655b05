import { html, nothing, type TemplateResult } from 'lit';
import { HavenElement } from '../../src/internal/haven-element.js';
import { HEADING_LEVEL, headingLevel } from '../../src/internal/heading.js';
import { checked } from '../../src/internal/input.js';
import { Problems } from '../../src/internal/warn.js';
import { shared } from '../../src/styles/shared.js';
import { FIELDS, type Fields } from './resource.model.js';
import { resourceStyles } from './resource.styles.js';
import { resourceStrings } from './resource.strings.js';
import {
  context,
  readElement,
  renderResource,
  serviceWords,
  view,
  type View,
} from './resource.parts.js';

/**
 * One service an advocacy organisation lists: what it helps with, how to reach it (a `tel:` and
 * an `sms:` link beside the number as selectable text), its emergency-dispatch policy written in
 * words beside the call link, its hours with "Open now" or the next opening computed in the
 * visitor's browser, and the safety facts a sex worker asks first. A fact the listing does not
 * state reads "Not stated: ask before you share details": never hidden, never assumed.
 *
 * Fields come from attributes, then from the `resource` property for what they leave out. Used
 * alone or inside `<haven-resource-panel>`, which filters it.
 *
 * @tagname haven-resource
 * @summary One service with its contact links, hours and safety facts.
 *
 * @attr name - The service's name; required.
 * @attr description - A short description, as text (or write it as the element's content).
 * @attr needs - What it helps with, separated by commas: crisis, mental-health, sexual-health, health, legal, peer-support, harm-reduction, housing, immigration, money, violence, other.
 * @attr phone - A number to call; an extension may follow `ext.`, `x` or `;ext=`.
 * @attr text - A number that takes text messages (SMS).
 * @attr url - The service's website: https only (anything else is shown as text).
 * @attr email - An email address.
 * @attr hours - `MO-FR 10:00-18:00; SA 12:00-16:00`, or free text (shown as given, without a status).
 * @attr time-zone - The IANA time zone of the hours, e.g. `America/Los_Angeles`.
 * @attr languages - Languages, separated by commas.
 * @attr cost - What it costs.
 * @attr area - The area served.
 * @attr eligibility - Who can use it.
 * @attr how - How to get in touch or apply.
 * @attr status - `active`, `inactive`, `defunct` or `temporarily closed` (HSDS).
 * @attr alert - A short notice shown above the details.
 * @attr checked - The date the facts were last checked, YYYY-MM-DD.
 * @attr source - Where the facts come from, an https address.
 * @attr emergency-dispatch - `never`, `on-request` or `imminent-risk`; unset reads "not stated".
 * @attr mandatory-reporting - `yes` or `no`; unset reads "not stated". So do the next five.
 * @attr anonymous - `yes` or `no`.
 * @attr id-required - `yes` or `no`.
 * @attr asks-immigration-status - `yes` or `no`.
 * @attr peer-led - `yes` or `no`.
 * @attr sex-worker-led - `yes` or `no`; shown only when given.
 * @attr records - What records it keeps, as text.
 * @attr resource-id - An id for the entry (HSDS `id`).
 *
 * @slot - The description, as an editor writes it.
 *
 * @csspart resource - The article.
 * @csspart name - The service's name.
 * @csspart subheading - The heading of the safety facts.
 * @csspart note - The neutral note shown when the entry has no name.
 *
 * @cssprop --haven-resource-background - Background. Falls back to `--haven-color-surface`.
 * @cssprop --haven-resource-border-color - Border. Falls back to `--haven-color-border`.
 * @cssprop --haven-resource-accent - Headings, links and the open status. Falls back to `--haven-color-accent`.
 * @cssprop --haven-resource-notice-background - Notices (closed, stale, alerts). Falls back to a pale amber.
 */
export class HavenResource extends HavenElement {
  static override styles = [shared, resourceStyles];
  static override strings = { resource: resourceStrings };

  /** The fields are plain attributes: the `resource` property is their JS form. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...FIELDS];
  }

  // Reactive properties as a static field, not decorators: no decorator helpers in any bundle.
  static override properties = {
    headingLevel: { attribute: 'heading-level' },
    staleAfter: { attribute: 'stale-after' },
    now: {},
    resource: { attribute: false },
  };

  /**
   * The level of the service's heading, 2 to 6, or `auto`: one below the nearest heading before
   * it (inside a panel, one below the panel's heading); the safety facts use the next level.
   * Inside a panel, `time-zone`, `now` and `stale-after` come from the panel's attributes unless
   * this element sets its own.
   */
  headingLevel: string | number = 'auto';

  /** Months after which the "last checked" date earns a notice. */
  staleAfter: string | number = 12;

  /** The moment open/closed and staleness are computed for (ISO); the visitor's clock when unset. */
  now = '';

  /**
   * The fields as an object in our format (the attribute names as keys); attributes win over it.
   * HSDS 3.0 goes through the panel (its JSON child or `resources`).
   */
  resource: unknown = null;

  /** @internal What this element shows, read by its panel once this element has rendered. */
  v:
    | { view: View | null; f: Fields; problems: string[]; level: number; staleAfter: number }
    | undefined;

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if ((FIELDS as readonly string[]).includes(name)) {
      this.requestUpdate();
      // A field changed after the first render: the panel filters and counts again.
      if (this.hasUpdated) this.panel()?.requestUpdate();
    }
  }

  /** The panel this element is listed in, if any. */
  private panel() {
    const p = this.parentElement;
    return p?.localName === 'haven-resource-panel' ? (p as HavenElement) : null;
  }

  override willUpdate(): void {
    const problems = new Problems(this);
    const note = problems.add;
    // Inside a panel, what this element does not set itself comes from the panel's attributes.
    const panel = this.panel();
    const from = (name: string, own: unknown) =>
      this.hasAttribute(name) || !panel?.hasAttribute(name) ? own : panel.getAttribute(name);
    const ctx = context(
      this,
      {
        now: from('now', this.now) as string,
        staleAfter: from('stale-after', this.staleAfter),
        zone: panel?.getAttribute('time-zone') ?? '',
        i18n: this.i18n,
      },
      note,
    );
    // `auto` inside a panel is one below the panel's heading (whether or not it has rendered).
    const given = /^\s*[2-6]\s*$/.test(String(this.headingLevel));
    const under =
      panel && !given
        ? Math.min(headingLevel(panel.getAttribute('heading-level'), panel).value + 1, 6)
        : undefined;
    const level = checked(
      HEADING_LEVEL,
      this.headingLevel,
      problems,
      under ? undefined : this,
      under,
    );
    const f = readElement(this, this.resource);
    this.v = { view: view(f, ctx, note), f, problems: problems.list, level, ...ctx };
    // Inside a panel, the panel reports the same problems once.
    if (!panel) problems.say();
  }

  override render(): TemplateResult {
    const { view: v, level, staleAfter } = this.v!;
    if (!v) return html`<p part="note" class="note">${serviceWords(this.i18n).unnamed}</p>`;
    const text = v.f.description;
    return renderResource(
      v,
      'h',
      level,
      staleAfter,
      html`${text ? html`<p>${text}</p>` : nothing}
        <div class="description"><slot></slot></div>`,
    );
  }
}
