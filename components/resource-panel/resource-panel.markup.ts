import { strings } from '../../src/i18n/index.js';
import { FIELDS } from '../resource/resource.data.js';
import { view } from '../resource/resource.view.js';
import { entries } from './resource-panel.hsds.js';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Services (our format or HSDS 3.0) as a `<haven-resource-panel>` with one `<haven-resource>`
 * child per service, for the `haven-resources` CLI. Values are written as given: nothing is
 * added, and what the elements would not show is reported through `note`. `render` may turn
 * each child into pre-rendered HTML, so the list reads without JavaScript.
 */
export function resourcesMarkup(
  data: unknown,
  opts: { heading?: string; render?: (markup: string) => string },
  note: (message: string) => void,
): { html: string; count: number } {
  const i18n = { lang: 'en', strings: strings() };
  const ctx = { now: new Date(), live: false, staleAfter: 12, i18n };
  const children: string[] = [];
  for (const f of entries(data)) {
    if (f.status === 'inactive' || f.status === 'defunct') {
      note(`"${f.name || f['resource-id']}" is ${f.status}: left out`);
      continue;
    }
    if (!view(f, ctx, (m) => note(m.replace(/;$/, '')))) continue;
    const attrs = FIELDS.filter((k) => f[k])
      .map((k) => ` ${k}="${esc(f[k]!)}"`)
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
