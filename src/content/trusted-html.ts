import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { DirectiveResult } from 'lit/directive.js';

/**
 * The ONE place trusted HTML is rendered. Its only input is the content compiler's output
 * (markdown from `content/`, compiled with raw HTML rejected and links checked). Strings from a
 * page, an attribute, JSON or a property are always rendered as text and never reach here.
 */
export function trustedHtml(compiled: { html: string }): DirectiveResult {
  return unsafeHTML(compiled.html);
}
