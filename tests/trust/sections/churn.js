// Section: elements added, moved and removed many times (no leaks, no duplicate listeners).
import { ctx, check } from '../node/context.js';
import { newPage, load } from '../node/browser.js';

/**
 * Churn on `page`: listeners on window and document with one and six copies of every example
 * and after removal; then `warm` + `more` cycles of insert/move/remove/re-add, with live
 * instances, DOM nodes and listeners counted after garbage collection (DevTools protocol).
 */
export async function churnChecks(page, tags, warm, more) {
  const { cdp } = page;
  const gc = async () => {
    for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
  };
  const counters = async () => {
    await gc();
    return cdp.send('Memory.getDOMCounters');
  };
  const instances = async () => {
    await gc();
    const out = {};
    for (const tag of tags) {
      const proto = await page.evaluateHandle((t) => customElements.get(t).prototype, tag);
      const found = await page.queryObjects(proto);
      out[tag] = await found.evaluate((a) => a.length);
      await found.dispose();
      await proto.dispose();
    }
    return out;
  };
  /** Listeners on window and document, by type: where a per-document key listener lives. */
  const globalListeners = async () => {
    const counts = {};
    for (const expression of ['window', 'document']) {
      const { result } = await cdp.send('Runtime.evaluate', { expression });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
        objectId: result.objectId,
      });
      for (const l of listeners) {
        const key = `${expression} ${l.type}`;
        counts[key] = (counts[key] ?? 0) + 1;
      }
      await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
    }
    return counts;
  };
  const diff = (a, b, what) =>
    [...new Set([...Object.keys(a), ...Object.keys(b)])]
      .filter((k) => (a[k] ?? 0) !== (b[k] ?? 0))
      .map((k) => `${what}: ${k} listeners ${a[k] ?? 0} → ${b[k] ?? 0}`);

  const r = {};
  const base = await globalListeners();
  const errors1 = await page.evaluate((t) => window.havenTrust.mountCopies(1, t), tags);
  const one = await globalListeners();
  const errors6 = await page.evaluate((t) => window.havenTrust.mountCopies(6, t), tags);
  const six = await globalListeners();
  await page.evaluate(() => window.havenTrust.clearCopies());
  const none = await globalListeners();
  r.perInstance = [...errors1, ...errors6, ...diff(one, six, 'six copies')];
  r.removal = diff(base, none, 'after removal');

  const t0 = Date.now();
  const first = await page.evaluate((n, t) => window.havenTrust.churn(n, 0, t), warm, tags);
  const afterWarm = await counters();
  const warmInstances = await instances();
  const rest = await page.evaluate((n, o, t) => window.havenTrust.churn(n, o, t), more, warm, tags);
  const afterAll = await counters();
  const allInstances = await instances();
  r.seconds = ((Date.now() - t0) / 1000).toFixed(1);
  r.cycles = [...first, ...rest];
  r.instances = `after ${warm} cycles ${JSON.stringify(warmInstances)}, after ${warm + more} ${JSON.stringify(allInstances)}`;
  r.survivors = Object.entries(allInstances)
    .filter(([, n]) => n !== 0)
    .map(([tag, n]) => `${n} <${tag}> still alive after removal`);
  // After the last cycles, nodes and listeners may not exceed the count after the warm-up by
  // more than a handful (caches that fill once); a leak of one node per cycle would add hundreds.
  const grow = (k) => afterAll[k] - afterWarm[k];
  r.counts = `nodes ${afterWarm.nodes} → ${afterAll.nodes}, JS listeners ${afterWarm.jsEventListeners} → ${afterAll.jsEventListeners}, documents ${afterWarm.documents} → ${afterAll.documents}`;
  r.growth = [
    ...(grow('nodes') > 50 ? [`${grow('nodes')} more DOM nodes`] : []),
    ...(grow('jsEventListeners') > 10 ? [`${grow('jsEventListeners')} more JS listeners`] : []),
    ...(grow('documents') > 0 ? [`${grow('documents')} more documents`] : []),
  ];
  r.end = diff(base, await globalListeners(), `after ${warm + more} cycles`);
  return r;
}

export async function churn() {
  const page = await newPage();
  await load(page, `${ctx.strict.url}harness.html`);
  const tags = await page.evaluate(() => window.havenTrust.sets().map((s) => s.tag));
  const r = await churnChecks(page, tags, 50, 950);
  await check(
    'window/document listeners: as many with six copies of every example as with one',
    r.perInstance,
  );
  await check(
    'window/document listeners: back to what they were once the last instance goes',
    r.removal,
  );
  await check(
    `1,000 cycles: every element renders each time, no exception (${r.seconds} s)`,
    r.cycles,
  );
  await check(`no element survives its removal (live instances ${r.instances})`, r.survivors);
  await check(`no growth in DOM nodes, JS listeners or documents (${r.counts})`, r.growth);
  await check('window/document listeners after 1,000 cycles: as before any element', r.end);
  await page.close();
}
