/**
 * The resource panel's filters: a real form (checkboxes and a reset button) whose choices stay
 * in the element, never in the URL or the history. Not public API.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Words } from '../../src/i18n/index.js';
import { NEEDS } from '../resource/resource.model.js';
import type { View } from '../resource/resource.parts.js';

/** One service in the panel. */
export interface Item {
  v: View;
  /** The `<haven-resource>` child it was read from; entries from data have none. */
  el?: HTMLElement;
}

/** What the visitor asked for: any of some needs, no police, text or chat, open now. */
export interface Filters {
  needs: string[];
  police: boolean;
  text: boolean;
  open: boolean;
}

export const NONE: Filters = { needs: [], police: false, text: false, open: false };

/** Whether a service passes the filters. */
export function passes(f: Filters, v: View): boolean {
  const dispatch = v.f['emergency-dispatch'];
  return (
    (!f.needs.length || v.needs.some((n) => f.needs.includes(n))) &&
    (!f.police || dispatch === 'never' || dispatch === 'on-request') &&
    (!f.text || !!v.text) &&
    (!f.open || v.open === true)
  );
}

/**
 * The filter form for `items`, in the words of the panel (`i18n`, its language controller): only the filters some service can answer. `set`
 * receives the new filters on every change, and none on reset.
 */
export function renderFilters(
  items: Item[],
  filters: Filters,
  i18n: Words,
  set: (f: Filters) => void,
): TemplateResult {
  const s = i18n.strings.resourcePanel;
  const r = i18n.strings.resource as Record<string, string>;
  const needs = NEEDS.filter((n) => items.some((i) => i.v.needs.includes(n)));
  const box = (name: string, label: string, checked: boolean, value = 'on') =>
    html`<label
      ><input type="checkbox" name=${name} value=${value} .checked=${checked} />${label}</label
    >`;
  const any = (test: (v: View) => unknown) => items.some((i) => test(i.v));
  const change = (e: Event) => {
    const data = new FormData(e.currentTarget as HTMLFormElement);
    set({
      needs: data.getAll('need').map(String),
      police: data.has('police'),
      text: data.has('text'),
      open: data.has('open'),
    });
  };
  return html`<form
    part="filters"
    @change=${change}
    @reset=${() => set(NONE)}
    @submit=${(e: Event) => e.preventDefault()}
  >
    <fieldset>
      <legend>${s.filters}</legend>
      ${
        needs.length
          ? html`<fieldset>
              <legend>${s.needs}</legend>
              ${needs.map((n) => box('need', r[n]!, filters.needs.includes(n), n))}
            </fieldset>`
          : nothing
      }
      ${any((v) => v.f['emergency-dispatch']) ? box('police', s.noPolice, filters.police) : nothing}
      ${any((v) => v.text) ? box('text', s.textChat, filters.text) : nothing}
      ${any((v) => v.open !== undefined) ? box('open', s.openNow, filters.open) : nothing}
      <button type="reset">${s.clear}</button>
    </fieldset>
  </form>`;
}
