// Bounded waits for the Node tests that drive a browser (puppeteer): each names what it waits
// for, so a wait that runs out says what never happened instead of "30000 ms exceeded".

/**
 * Waits until `fn(...args)` is truthy in the page (puppeteer's waitForFunction: polled on every
 * animation frame), at most `ms`.
 */
export async function waitFor(page, what, fn, { args = [], ms = 15000 } = {}) {
  try {
    return await page.waitForFunction(fn, { timeout: ms }, ...args);
  } catch (err) {
    if (err?.name !== 'TimeoutError') throw err;
    throw new Error(`${what}: did not happen within ${ms} ms`, { cause: err });
  }
}

/** Waits until every Lit element with this tag in the page has finished updating. */
export function rendered(page, tag) {
  return page.evaluate(
    (t) => Promise.all([...document.querySelectorAll(t)].map((e) => e.updateComplete)),
    tag,
  );
}
