import { html, type TemplateResult } from 'lit';
import { HavenElement } from '../../src/internal/haven-element.js';
import { addStrings } from '../../src/i18n/index.js';
import { quickExitInfoStrings } from './quick-exit-info.strings.js';
import { shared } from '../../src/styles/shared.js';
import { quickExitInfoStyles } from './quick-exit-info.styles.js';

addStrings({ quickExitInfo: quickExitInfoStrings });

/**
 * What quick exit does and does not do, in plain words, to place next to `<haven-quick-exit>`:
 * it hides the page and leaves, and it does not erase earlier history, close other tabs, remove
 * synced history, hide monitoring software or clear call logs. The words come from the UI
 * strings (`setStrings`), so they can be translated.
 *
 * @tagname haven-quick-exit-info
 * @summary The honest limits of a quick exit, as localisable text.
 *
 * @slot - The practice's own words, shown after the built-in text.
 *
 * @csspart base - The wrapper.
 * @csspart limits - The list of what quick exit does not do.
 *
 * @cssprop --haven-quick-exit-info-background - Background. Falls back to `--haven-color-surface`.
 * @cssprop --haven-quick-exit-info-border-color - Border. Falls back to `--haven-color-border`.
 */
export class HavenQuickExitInfo extends HavenElement {
  static override styles = [shared, quickExitInfoStyles];
  static override strings = { quickExitInfo: quickExitInfoStrings };

  override render(): TemplateResult {
    const s = this.i18n.strings.quickExitInfo;
    return html`<div part="base" class="base">
      <p>${s.intro}</p>
      <p id="limits">${s.limits}</p>
      <ul part="limits" aria-labelledby="limits">
        ${s.list.map((item) => html`<li>${item}</li>`)}
      </ul>
      <slot></slot>
    </div>`;
  }
}
