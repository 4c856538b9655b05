import { html, type TemplateResult } from 'lit';

/** A valid heading level, or the fallback when `value` is not an integer from 2 to 6. */
export function headingLevel(value: unknown, fallback = 3): { level: number; valid: boolean } {
  const n = Number(value);
  return Number.isInteger(n) && n >= 2 && n <= 6
    ? { level: n, valid: true }
    : { level: fallback, valid: false };
}

/** A real `<h2>`-`<h6>` with the given id, part and content. */
export function heading(level: number, id: string, part: string, content: unknown): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 id=${id} part=${part}>${content}</h2>`;
    case 4:
      return html`<h4 id=${id} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part}>${content}</h5>`;
    case 6:
      return html`<h6 id=${id} part=${part}>${content}</h6>`;
    default:
      return html`<h3 id=${id} part=${part}>${content}</h3>`;
  }
}
