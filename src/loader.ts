/**
 * The autoloader (`dist/haven-loader.js`): registers only the elements a page uses, including
 * ones a CMS or a single-page app adds later, by importing per-element chunks that share one copy
 * of Lit. It fetches nothing else and stores nothing.
 */
const elements: Record<string, () => Promise<unknown>> = {
  'haven-myth-fact': () => import('../components/myth-fact/myth-fact.js'),
  'haven-myth-facts': () => import('../components/myth-facts/myth-facts.js'),
  'haven-wellbeing-table': () => import('../components/wellbeing-table/wellbeing-table.js'),
  'haven-quick-exit': () => import('../components/quick-exit/quick-exit.js'),
  'haven-quick-exit-info': () => import('../components/quick-exit-info/quick-exit-info.js'),
  'haven-therapist-callout': () => import('../components/therapist-callout/therapist-callout.js'),
  'haven-wellbeing-plan': () => import('../components/wellbeing-plan/wellbeing-plan.js'),
};

const requested = new Set<string>();

function load(root: Document | Element): void {
  for (const tag in elements) {
    if (requested.has(tag) || customElements.get(tag)) continue;
    if (('matches' in root && root.matches(tag)) || root.querySelector(tag)) {
      requested.add(tag);
      elements[tag]!().catch(() => {
        // A failed chunk (offline, blocked) may be tried again when the element appears again.
        requested.delete(tag);
      });
    }
  }
  if (requested.size === Object.keys(elements).length) observer.disconnect();
}

const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) load(node);
  }
});

observer.observe(document.documentElement, { childList: true, subtree: true });
load(document);

// A module with no exports of its own: loading it is what it is for.
export {};
