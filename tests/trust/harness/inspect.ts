// The trust suite's in-page harness: reading what was rendered.
import { deepText } from '../../lib/dom.js';
import { isSafeUrl } from '../payloads.js';
import { short } from './common.js';

export const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

export const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every element the widget rendered: its shadow trees, and light-DOM nodes it created. */
export function widgetElements(host: Element, injected: WeakSet<Node>): Element[] {
  const out: Element[] = [];
  const walkShadow = (root: ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) walkShadow(el.shadowRoot);
    }
  };
  if (host.shadowRoot) walkShadow(host.shadowRoot);
  for (const el of host.querySelectorAll('*')) {
    if (!injected.has(el)) out.push(el);
    if (el.shadowRoot) walkShadow(el.shadowRoot);
  }
  return out;
}

/** Elements that run code or load something: never rendered by a widget. */
export const FORBIDDEN = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'meta',
  'link',
  'portal',
  // A <style> element is what a strict `style-src 'self'` blocks; Lit uses adopted sheets.
  'style',
  // SVG animation can set an href to javascript: after the fact.
  'animate',
  'set',
  'animatemotion',
  'animatetransform',
]);
export const DATA_SCRIPT = /^application\/(ld\+)?json$/i;
/** Attributes that make the browser load something: no widget needs any. */
export const LOADING = [
  'src',
  'srcset',
  'srcdoc',
  'ping',
  'action',
  'formaction',
  'background',
  'poster',
  'lowsrc',
  'dynsrc',
  'manifest',
  'codebase',
];
/** Attributes that hold an address a visitor can follow. */
export const ADDRESS = ['href', 'xlink:href', 'cite', 'longdesc'];
export const TEL = /^(tel|sms):\+?[0-9][0-9().-]*(;ext=[0-9]+)?$/;
export const MAILTO = /^mailto:[^\s<>"'`]+$/;

/**
 * Where an outbound link or a rendered address breaks the rules: only https:, tel:, sms: and mailto:
 * (an in-page `#fragment` is not outbound), always `rel="noopener noreferrer"` and
 * `referrerpolicy="no-referrer"`.
 */
export function linkProblems(el: Element): string[] {
  const problems: string[] = [];
  const raw = el.getAttribute('href') ?? el.getAttribute('xlink:href');
  if (raw === null || raw.startsWith('#')) return problems;
  const where = `<${el.localName} href=${short(raw)}>`;
  if (!isSafeUrl(raw)) problems.push(`${where}: unsafe address (only https:, tel:, sms:, mailto:)`);
  const resolved = (el as HTMLAnchorElement).href;
  if (typeof resolved === 'string' && resolved && !isSafeUrl(resolved)) {
    problems.push(`${where}: resolves to unsafe ${short(resolved)}`);
  }
  if (/^(tel|sms):/.test(raw) && !TEL.test(raw)) problems.push(`${where}: not a phone number`);
  if (raw.startsWith('mailto:') && !MAILTO.test(raw)) problems.push(`${where}: not an address`);
  const rel = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
  if (!rel.includes('noopener') || !rel.includes('noreferrer')) {
    problems.push(`${where}: rel="${el.getAttribute('rel') ?? ''}" lacks noopener noreferrer`);
  }
  if (el.getAttribute('referrerpolicy') !== 'no-referrer') {
    problems.push(`${where}: no referrerpolicy="no-referrer"`);
  }
  return problems;
}

/** What a widget rendered that it must never render. */
export function markupProblems(host: Element, injected: WeakSet<Node>): string[] {
  const problems: string[] = [];
  for (const el of widgetElements(host, injected)) {
    const name = el.localName.toLowerCase();
    if (name === 'script') {
      const type = (el.getAttribute('type') ?? '').trim();
      if (!DATA_SCRIPT.test(type)) problems.push(`rendered a <script type="${type}">`);
      else {
        try {
          JSON.parse(el.textContent ?? '');
        } catch {
          problems.push(`rendered a <script type="${type}"> that is not valid JSON`);
        }
      }
    } else if (FORBIDDEN.has(name)) {
      problems.push(`rendered a <${el.localName}>`);
    }
    for (const attr of el.attributes) {
      const a = attr.name.toLowerCase();
      if (a.startsWith('on')) problems.push(`<${el.localName}> has an event handler ${a}`);
      else if (LOADING.includes(a))
        problems.push(`<${el.localName}> has ${a}=${short(attr.value)}`);
      else if (a === 'style' && /url\(|expression|@import|javascript:/i.test(attr.value)) {
        problems.push(`<${el.localName}> has style=${short(attr.value)}`);
      } else if (ADDRESS.includes(a) && a !== 'href' && a !== 'xlink:href') {
        if (!attr.value.startsWith('#') && !isSafeUrl(attr.value)) {
          problems.push(`<${el.localName}> has ${a}=${short(attr.value)}`);
        }
      }
    }
    if (el.hasAttribute('href') || el.hasAttribute('xlink:href')) {
      problems.push(...linkProblems(el));
    }
  }
  return problems;
}

/** Whether `node`'s tree shows a visible neutral note (`part="note"` or `class="note"`). */
export function hasNote(host: Element): boolean {
  const notes: Element[] = [];
  const walk = (root: ShadowRoot) => {
    notes.push(...root.querySelectorAll('[part~="note"], .note'));
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  if (host.shadowRoot) walk(host.shadowRoot);
  return notes.some((n) => n.checkVisibility() && norm(deepText(n)) !== '');
}

export function polluted(): string[] {
  const probe = {} as Record<string, unknown>;
  return probe.havenPolluted !== undefined ? ['Object.prototype was polluted'] : [];
}
