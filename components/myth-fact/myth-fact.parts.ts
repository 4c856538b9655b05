import { html, type TemplateResult } from 'lit';

/** One template per compiled text, so a text shown on many cards is parsed once, not per card. */
const templates = new Map<string, TemplateResult>();

/**
 * The ONE place trusted HTML is rendered (in the myth card's folder while the card is its only
 * user; a second user moves it back to src/content/). Its only input is the content compiler's output
 * (markdown from `content/`, compiled with raw HTML rejected and links checked). Strings from a
 * page, an attribute, JSON or a property are always rendered as text and never reach here.
 *
 * Like Lit's `unsafeHTML`, it hands the text to Lit as a template with no bindings; unlike it,
 * the template's strings array is kept, so Lit's template cache finds it again.
 */
export function trustedHtml(compiled: { html: string }): TemplateResult {
  let t = templates.get(compiled.html);
  if (!t) {
    const strings = Object.assign([compiled.html], { raw: [compiled.html] });
    t = html(strings);
    templates.set(compiled.html, t);
  }
  return t;
}
