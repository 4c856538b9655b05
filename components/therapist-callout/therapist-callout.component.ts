import { html, nothing, type TemplateResult } from 'lit';
import { HavenElement } from '../../src/internal/haven-element.js';
import { heading, HEADING_LEVEL } from '../../src/internal/heading.js';
import { checked, JsonChild, oneOf } from '../../src/internal/input.js';
import {
  FIELDS,
  gatherPractice,
  KEYS,
  readPractice,
  type Practice,
  type PracticeView,
} from './therapist-callout.model.js';
import { sourcesFooter } from '../../src/internal/sources.js';
import { Problems } from '../../src/internal/warn.js';
import { listCompetence } from '../../src/content/registry.js';
import type { CompetenceItem } from '../../src/content/schema.js';
import type { HavenContactDetail } from '../../src/events.js';
import { addStrings } from '../../src/i18n/index.js';
import { therapistCalloutStrings } from './therapist-callout.strings.js';
import { shared } from '../../src/styles/shared.js';
import { therapistCalloutStyles } from './therapist-callout.styles.js';

export type { Practice };

addStrings({ therapistCallout: therapistCalloutStrings });

const MODE = oneOf('mode', ['auto', 'practice', 'guide']);
const CHECKLIST = oneOf('checklist', ['short', 'full', 'none']);
const KINDS = ['does', 'doesnt', 'ask', 'where'] as const;
type Action = HavenContactDetail['action'];

/**
 * "Find a competent therapist". With a practice's details it is the practice's card: what it
 * offers, where, in which languages, whether it takes new clients, its fees, its phone number
 * (as text and as a `tel:` link), one call to action, its limits of confidentiality in its own
 * words (or the advice to ask about them), and a checklist of what competent care looks like.
 * Without a practice (guide mode) it tells visitors what a competent therapist does and does
 * not do, the questions to ask, and where to look. Every item of the checklist cites its source.
 *
 * The details come from attributes, from a `<script type="application/json">` child (a CMS
 * editor can paste it), or from the `practice` property; later ones win, field by field. Every
 * field is validated: anything unusable is left out, once said in the console, and a neutral
 * note says some details could not be shown. Only https:, tel: and mailto: links are rendered.
 *
 * @tagname haven-therapist-callout
 * @summary A practice's contact card with the competence checklist, or a guide to finding a competent therapist.
 *
 * @attr name - The practice's name; a practice needs one.
 * @attr description - A short description.
 * @attr sessions - How sessions happen: `online`, `in-person`, `phone`, separated by commas.
 * @attr area - The city or the states served, separated by commas. Never a street address.
 * @attr languages - Languages, separated by commas.
 * @attr accepting - `yes` or `no`: whether the practice takes new clients. Not shown when absent.
 * @attr fees - Fees or a sliding scale, as text.
 * @attr phone - A phone number, e.g. `714-975-8893`: shown for reading and as a `tel:` link.
 * @attr website - The practice's website, an https: address.
 * @attr booking - A booking page, an https: address. The call to action when given.
 * @attr email - An email address, rendered as a `mailto:` link.
 * @attr confidentiality - The limits of confidentiality, in the practice's own words.
 * @attr practice-id - An id for the `haven-contact` event.
 *
 * @slot - A `<script type="application/json">` with the practice's details (see docs/practices.md), and any fallback text for pages without JavaScript. Not shown.
 *
 * @fires haven-contact - A visitor used a contact action. `detail.action` is `call`, `book`, `email` or `website`; `detail.id` the practice id or null.
 *
 * @csspart base - The card.
 * @csspart heading - The practice's name, or the guide's heading.
 * @csspart description - The description.
 * @csspart details - The list of details (sessions, area, languages, new clients, fees, phone).
 * @csspart actions - The contact links.
 * @csspart cta - The call to action: booking, else call, else email, else the website.
 * @csspart link - Any other contact link.
 * @csspart confidentiality - The limits of confidentiality, or the advice to ask about them.
 * @csspart subheading - A section heading inside the card.
 * @csspart list - A checklist section.
 * @csspart sources - The sources and review date.
 * @csspart note - The neutral note shown when some details could not be used.
 *
 * @cssprop --haven-therapist-callout-background - Card background. Falls back to `--haven-color-surface`.
 * @cssprop --haven-therapist-callout-border-color - Card border. Falls back to `--haven-color-border`.
 * @cssprop --haven-therapist-callout-accent - Accent edge, headings and the call to action (its text takes the background color). Falls back to `--haven-color-accent`.
 * @cssprop --haven-therapist-callout-padding - Inner spacing. Falls back to `--haven-space`.
 */
export class HavenTherapistCallout extends HavenElement {
  static override styles = [shared, therapistCalloutStyles];
  static override strings = { therapistCallout: therapistCalloutStrings };

  /** The practice fields are plain attributes: the `practice` property is their typed JS form. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...FIELDS, 'practice-id'];
  }

  // Reactive properties as a static field, not decorators: no decorator helpers in any bundle.
  static override properties = {
    mode: {},
    checklist: {},
    headingLevel: { attribute: 'heading-level' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    practice: { attribute: false },
  };

  /** `practice`, `guide`, or `auto` (the default): a practice when it has a name, else the guide. */
  mode = 'auto';

  /** How much of the checklist a practice's card shows: `full`, `short` (the default) or `none`. */
  checklist = 'short';

  /** The card's heading level: 2 to 6, or `auto` (one below the heading before it, else 2). Its sections use the next level. */
  headingLevel: string | number = 'auto';

  /** Emits JSON-LD (schema.org `MedicalBusiness`) for what the card shows, in the light DOM. */
  structuredData = false;

  /** The practice's details as an object (see docs/practices.md); wins over attributes and JSON. */
  practice: Practice | null = null;

  /** What to render, derived in willUpdate (which always runs before render). */
  private view!: {
    practice?: PracticeView;
    items: CompetenceItem[];
    level: number;
    note: boolean;
  };
  /** The JSON child a CMS editor pastes (read again when it changes after upgrade). */
  private json = new JsonChild(this);
  /** The JSON-LD element this card added. */
  private ld?: HTMLScriptElement;

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'practice-id' || (FIELDS as readonly string[]).includes(name))
      this.requestUpdate();
  }

  override willUpdate(): void {
    const problems = new Problems(this);
    let view: PracticeView | undefined;
    try {
      const json = this.json.read(problems, KEYS);
      view = readPractice(gatherPractice(this, json, this.practice, problems.add), problems.add);
    } catch {
      problems.add('practice details unreadable: give them as texts (see README);');
    }
    const mode = checked(MODE, this.mode, problems);
    // Any detail given at all (empty lists and absent fields join to nothing).
    const given = mode === 'practice' || (view && Object.values(view).join(''));
    if (mode !== 'guide' && !view?.name && given) {
      problems.add('no practice name: showing the guide; add a name;');
    }
    // The note is for details left out, not for how the card is laid out.
    const note = problems.list.length > 0;
    const list = checked(CHECKLIST, this.checklist, problems);
    const level = checked(HEADING_LEVEL, this.headingLevel, problems, this);
    problems.say();

    const practice = mode !== 'guide' && view?.name ? view : undefined;
    const all = listCompetence(this.i18n.lang);
    this.view = {
      practice,
      level,
      note,
      items: !practice
        ? all
        : list === 'none'
          ? []
          : list === 'full'
            ? all.filter((i) => i.kind !== 'where')
            : all.filter((i) => i.short),
    };
  }

  override updated(): void {
    // A data block, never run: allowed by a strict script-src, and readable by search engines
    // only in the light DOM. It mirrors exactly what the card shows.
    const p = this.view.practice;
    const data = this.structuredData && p ? structuredData(p) : '';
    if (!data) {
      this.ld?.remove();
      this.ld = undefined;
      return;
    }
    this.ld ??= Object.assign(document.createElement('script'), { type: 'application/ld+json' });
    if (this.ld.textContent !== data) this.ld.textContent = data;
    if (this.ld.parentNode !== this) this.append(this.ld);
  }

  override render(): TemplateResult {
    const { practice, level, items, note } = this.view;
    const s = this.i18n.strings.therapistCallout;
    const title = heading(level, 'h', 'heading', practice ? practice.name : s.guideHeading);
    return html`<div part="base" class="base">
      ${title} ${practice ? this.renderPractice(practice) : nothing}
      ${KINDS.map((kind) => this.renderList(kind, items))} ${sourcesFooter(items, this.i18n)}
      ${note ? html`<p part="note" class="note">${s.calloutPartial}</p>` : nothing}
      <slot hidden></slot>
    </div>`;
  }

  private renderPractice(p: PracticeView): TemplateResult {
    const s = this.i18n.strings.therapistCallout;
    const rows = [
      // The session kinds are keys of the UI strings.
      [s.sessions, p.sessions.map((k) => s[k as 'online']).join(', ')],
      [s.area, p.area.join(', ')],
      [s.languages, p.languages.join(', ')],
      [s.newClients, p.accepting === undefined ? '' : p.accepting ? s.accepting : s.notAccepting],
      [s.fees, p.fees],
      [s.phoneNumber, p.phone?.text],
    ]
      .filter(([, value]) => value)
      .map(
        ([label, value]) =>
          html`<div>
            <dt>${label}</dt>
            <dd>${value}</dd>
          </div>`,
      );
    const details = rows.length ? html`<dl part="details" class="details">${rows}</dl>` : nothing;
    const description = p.description ? html`<p part="description">${p.description}</p>` : nothing;
    const conf = p.confidentiality
      ? [this.subheading('c', s.confidentiality), html`<p>${p.confidentiality}</p>`]
      : html`<p>${s.askConfidentiality}</p>`;
    return html`${description} ${details} ${this.renderActions(p)}
      <div part="confidentiality">${conf}</div>`;
  }

  private renderActions(p: PracticeView): TemplateResult | typeof nothing {
    const s = this.i18n.strings.therapistCallout;
    const links = (
      [
        ['book', p.booking, s.book],
        ['call', p.phone?.href, `${s.call} ${p.phone?.text}`],
        ['email', p.email, s.email],
        ['website', p.website, s.website],
      ] as Array<[Action, string | undefined, string]>
    )
      .filter(([, href]) => href)
      .map(
        ([action, href, label], i) =>
          html`<li>
            <a
              part=${i ? 'link' : 'cta'}
              class=${i ? 'link' : 'cta'}
              href=${href!}
              rel="noopener noreferrer"
              referrerpolicy="no-referrer"
              @click=${() => this.emit('haven-contact', { action, id: p.id })}
              >${label}</a
            >
          </li>`,
      );
    return links.length
      ? html`<ul part="actions" class="actions">
          ${links}
        </ul>`
      : nothing;
  }

  private renderList(kind: (typeof KINDS)[number], items: CompetenceItem[]) {
    const list = items.filter((i) => i.kind === kind).map((i) => html`<li>${i.text}</li>`);
    if (!list.length) return nothing;
    return html`<div part="list">
      ${this.subheading(kind, this.i18n.strings.therapistCallout[kind])}
      <ul>
        ${list}
      </ul>
    </div>`;
  }

  /** A section heading, one level below the card's. */
  private subheading(id: string, text: string): TemplateResult {
    return heading(Math.min(this.view.level + 1, 6), id, 'subheading', text);
  }
}

/** The JSON-LD of what a practice's card shows, with "<" escaped so no text can end the script. */
function structuredData(p: PracticeView): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'MedicalBusiness',
    name: p.name,
    description: p.description,
    availableService: { '@type': 'PsychologicalTreatment' },
    telephone: p.phone?.href.slice(4),
    areaServed: p.area,
    availableLanguage: p.languages,
    url: p.website,
    email: p.email.slice(7),
  };
  // Empty texts and lists are what the card does not show: left out.
  return JSON.stringify(data, (_, v) => (`${v}` ? v : undefined)).replace(/</g, '\\u003c');
}
