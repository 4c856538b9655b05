// The `haven-resources` CLI's converter: services data (our format or HSDS 3.0) to panel markup.
// CLI code, beside the CLI: it reads the package's built modules (dist/npm), as the CLI does.
import { strings } from '../dist/npm/src/i18n/index.js';
import { FIELDS } from '../dist/npm/components/resource/resource.model.js';
import { view } from '../dist/npm/components/resource/resource.parts.js';
import { entries } from '../dist/npm/components/resource-panel/resource-panel.model.js';
import { normalisePhone } from './resources-tables.js';

const esc = (s) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Services (our format or HSDS 3.0) as a `<haven-resource-panel>` with one `<haven-resource>`
 * child per service, for the `haven-resources` CLI. Values are written as given: nothing is
 * added, and what the elements would not show is reported through `note`. `render` may turn
 * each child into pre-rendered HTML, so the list reads without JavaScript.
 *
 * @param {unknown} data
 * Phone numbers are written one way for `opts.country` (default US: `(555) 555-0101`).
 *
 * @param {{ heading?: string, country?: string, render?: (markup: string) => string }} opts
 * @param {(message: string) => void} note
 * @returns {{ html: string, count: number }}
 */
export function resourcesMarkup(data, opts, note) {
  const i18n = { lang: 'en', strings: strings() };
  const ctx = { now: new Date(), live: false, staleAfter: 12, i18n };
  const children = [];
  for (const f of entries(data)) {
    if (f.status === 'inactive' || f.status === 'defunct') {
      note(`"${f.name || f['resource-id']}" is ${f.status}: left out`);
      continue;
    }
    for (const k of ['phone', 'text']) {
      if (f[k]) f[k] = normalisePhone(f[k], opts.country).value;
    }
    if (!view(f, ctx, (m) => note(m.replace(/;$/, '')))) continue;
    const attrs = FIELDS.filter((k) => f[k])
      .map((k) => ` ${k}="${esc(f[k])}"`)
      .join('');
    const el = `<haven-resource${attrs}></haven-resource>`;
    children.push(opts.render ? opts.render(el) : el);
  }
  const heading = opts.heading ? ` heading="${esc(opts.heading)}"` : '';
  return {
    html: `<haven-resource-panel${heading}>\n${children.join('\n')}\n</haven-resource-panel>\n`,
    count: children.length,
  };
}
