import { html, type TemplateResult } from 'lit';
import type { Source } from '../content/schema.js';
import { strings } from '../i18n/index.js';

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
