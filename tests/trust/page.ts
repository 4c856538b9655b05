/**
 * The test page's own script (bundled by `node/site.js` to `/trust/page.js`, loaded after
 * `dist/haven.js`). It exposes the harness as `window.havenTrust` for `trust.test.js` to call, and on a
 * page whose <body data-auto="render-all"> renders every example of every element at once.
 */
import * as harness from './harness.js';

declare global {
  interface Window {
    havenTrust: typeof harness & { ready: Promise<harness.Rendered[] | null> };
  }
}

async function auto(): Promise<harness.Rendered[] | null> {
  const mode = document.body.dataset.auto;
  if (mode === 'render-all') return harness.renderAll();
  if (mode === 'render-all-twice') {
    // A third copy of the bundle arrives after the elements have rendered.
    const first = await harness.renderAll();
    await import(new URL('/dist/haven.js?copy=3', location.href).href);
    const second = await harness.renderAll();
    return [...first, ...second];
  }
  return null;
}

/** Exposes the harness. The self-test bundle calls it too, after adding its probes. */
export function install(): void {
  window.havenTrust = { ...harness, ready: auto() };
}

install();
