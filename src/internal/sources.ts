import { html, nothing, type TemplateResult } from 'lit';
import type { Source } from '../content/schema.js';
import { baseLanguage, formatDate, plural, type Words } from '../i18n/index.js';

/**
 * One source: a link or a cited title, with what describes it and the guideline numbers it cites.
 * A title in another language than the element's is marked with its `lang` (the built-in
 * sources' document titles are English: in Spanish they are marked `lang="en"`), so a screen
 * reader reads it with the right voice; a translated item's description follows in brackets.
 * Every helper here takes the words of the element it renders in (its language controller).
 */
export function renderSource(src: Source, { lang, strings: s }: Words): TemplateResult {
  const own = src.lang ?? 'en';
  const titleLang = baseLanguage(own) === lang ? nothing : own;
  const title = src.url
    ? html`<a
        href=${src.url}
        rel="noopener noreferrer"
        referrerpolicy="no-referrer"
        lang=${titleLang}
        >${src.title}</a
      >`
    : html`<cite lang=${titleLang}>${src.title}</cite>`;
  const named = src.note ? html`${title} (${src.note})` : title;
  const list = src.guidelines ?? [];
  if (!list.length) return named;
  const label = plural(lang, src.couples ? s.couplesGuideline : s.guideline, list.length);
  return html`${named}, ${label} ${list.join(', ')}`;
}

/**
 * The sources and latest review date of `items`, merged: one line per document, with the
 * guideline numbers of every item that cites it. Nothing when no item has a source.
 */
export function sourcesFooter(
  items: ReadonlyArray<{ sources: Source[]; reviewed: string }>,
  i18n: Words,
): TemplateResult | typeof nothing {
  const merged = new Map<string, Source>();
  for (const src of items.flatMap((i) => i.sources)) {
    const key = src.title + src.couples;
    const had = merged.get(key);
    if (!had) merged.set(key, { ...src });
    else if (src.guidelines)
      had.guidelines = [...new Set([...(had.guidelines ?? []), ...src.guidelines])].sort(
        (a, b) => +a - +b,
      );
  }
  if (!merged.size) return nothing;
  const reviewed =
    items
      .map((i) => i.reviewed)
      .sort()
      .pop() ?? '';
  return html`<div part="sources" class="meta">
    ${sourcesLabel(i18n)} ${sourcesList([...merged.values()], i18n)} ${reviewedLine(reviewed, i18n)}
  </div>`;
}

/** The label the sources list is named by (one per shadow root). */
export const sourcesLabel = (i18n: Words): TemplateResult =>
  html`<p id="sources-label">${i18n.strings.sources}</p>`;

/** The list of sources, named by `sourcesLabel()`. */
export const sourcesList = (sources: readonly Source[], i18n: Words): TemplateResult =>
  html`<ul aria-labelledby="sources-label">
    ${sources.map((src) => html`<li>${renderSource(src, i18n)}</li>`)}
  </ul>`;

/** "Last reviewed: <date>", or nothing without a date. */
export const reviewedLine = (
  reviewed: string,
  { lang, strings: s }: Words,
): TemplateResult | typeof nothing =>
  reviewed
    ? html`<p>
        ${s.lastReviewed}:
        <time datetime=${reviewed}>${formatDate(reviewed, lang, s)}</time>
      </p>`
    : nothing;
