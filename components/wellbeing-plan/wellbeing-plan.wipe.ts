/** What the listeners empty: every plan on a page. */
export interface Wipeable {
  wipe(e: Event): void;
}

/**
 * The plans of each document. A page has one `pagehide`, one `pageshow` and one `haven-exit`
 * listener for all its plans, however many there are, added with the first and removed with
 * the last.
 */
const plans = new Map<Document, Set<Wipeable>>();

function wipeAll(e: Event): void {
  const target = e.currentTarget as Window | Document;
  const doc = 'document' in target ? target.document : target;
  for (const plan of plans.get(doc) ?? []) plan.wipe(e);
}

function listen(doc: Document, on: boolean): void {
  const win = doc.defaultView;
  const method = on ? 'addEventListener' : 'removeEventListener';
  win?.[method]('pagehide', wipeAll);
  win?.[method]('pageshow', wipeAll);
  doc[method]('haven-exit', wipeAll);
}

/** Empties `plan` when its page is left, comes back from the cache, or a quick exit fires. */
export function watchPage(doc: Document, plan: Wipeable): () => void {
  let set = plans.get(doc);
  if (!set) {
    plans.set(doc, (set = new Set()));
    listen(doc, true);
  }
  set.add(plan);
  return () => {
    set.delete(plan);
    if (set.size) return;
    plans.delete(doc);
    listen(doc, false);
  };
}
