/** What the listeners empty: every plan on the page. */
export interface Wipeable {
  wipe(e: Event): void;
}

/**
 * The plans on the page. It has one `pagehide`, one `pageshow` and one `haven-exit` listener
 * for all of them, however many there are, added with the first and removed with the last.
 */
const plans = new Set<Wipeable>();

const wipeAll = (e: Event) => plans.forEach((plan) => plan.wipe(e));

function listen(method: 'addEventListener' | 'removeEventListener'): void {
  window[method]('pagehide', wipeAll);
  window[method]('pageshow', wipeAll);
  document[method]('haven-exit', wipeAll);
}

/** Empties `plan` when its page is left, comes back from the cache, or a quick exit fires. */
export function watchPage(plan: Wipeable): () => void {
  if (!plans.size) listen('addEventListener');
  plans.add(plan);
  return () => {
    plans.delete(plan);
    if (!plans.size) listen('removeEventListener');
  };
}
