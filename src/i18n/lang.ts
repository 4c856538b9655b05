/**
 * How the library reads a language: the one place the loader (which picks the chunks of words to
 * load) and each element's language controller (which picks the words it shows) work out the
 * `lang` of an element, so the two never disagree. No imports: the loader carries this module.
 */

/**
 * The library language of a BCP 47 tag: `es`, `es-419`, `es-MX`, `es_MX`, `es-US`… are `es`;
 * `en-*` and no tag at all are `en`; any other tag gives its primary subtag, lower-cased (`fr-CA`
 * is `fr`).
 */
export function baseLanguage(tag: string): string {
  return tag.trim().split(/[-_]/)[0]!.toLowerCase() || 'en';
}

/**
 * The `lang` that applies to `el`: its own, else the nearest ancestor's, crossing shadow roots
 * through their hosts (an element inside another element's shadow root takes the host's side),
 * else `<html lang>`. An empty string when no element on the way has one.
 */
export const nearestLang = (el?: Element | null): string =>
  el
    ? (el.closest('[lang]')?.getAttribute('lang') ??
      nearestLang((el.getRootNode() as ShadowRoot).host))
    : '';

/** The library language `el` is in: `baseLanguage(nearestLang(el))` ("es" for es-MX, else "en"…). */
export const elementLanguage = (el: Element): string => baseLanguage(nearestLang(el));
