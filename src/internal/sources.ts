import { html, nothing, type TemplateResult } from 'lit';
import type { Source } from '../content/schema.js';
import { formatDate, strings } from '../i18n/index.js';

/** One source: a link or a cited title, with the guideline numbers it cites. */
export function renderSource(src: Source): TemplateResult {
  const s = strings();
  const title = src.url
    ? html`<a href=${src.url} rel="noopener noreferrer" referrerpolicy="no-referrer"
        >${src.title}</a
      >`
    : html`<cite>${src.title}</cite>`;
  const list = src.guidelines ?? [];
  if (!list.length) return title;
  const many = list.length > 1;
  const label = src.couples
    ? many
      ? s.couplesGuidelines
      : s.couplesGuideline
    : many
      ? s.guidelines
      : s.guideline;
  return html`${title}, ${label} ${list.join(', ')}`;
}

/**
 * The sources and latest review date of `items`, merged: one line per document, with the
 * guideline numbers of every item that cites it. Nothing when no item has a source.
 */
export function sourcesFooter(
  items: ReadonlyArray<{ sources: Source[]; reviewed: string }>,
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
    ${sourcesLabel()} ${sourcesList([...merged.values()])} ${reviewedLine(reviewed)}
  </div>`;
}

/** The label the sources list is named by (one per shadow root). */
export const sourcesLabel = (): TemplateResult =>
  html`<p id="sources-label">${strings().sources}</p>`;

/** The list of sources, named by `sourcesLabel()`. */
export const sourcesList = (sources: readonly Source[]): TemplateResult =>
  html`<ul aria-labelledby="sources-label">
    ${sources.map((src) => html`<li>${renderSource(src)}</li>`)}
  </ul>`;

/** "Last reviewed: <date>", or nothing without a date. */
export const reviewedLine = (reviewed: string): TemplateResult | typeof nothing =>
  reviewed
    ? html`<p>
        ${strings().lastReviewed}: <time datetime=${reviewed}>${formatDate(reviewed)}</time>
      </p>`
    : nothing;
