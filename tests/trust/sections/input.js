// Sections: hostile input (payloads in every field) and malformed input (wrong types, bad JSON).
import { ctx, check, note, flatten, duplicates } from '../node/context.js';
import { newPage, load, trustLog, idle, strayRequests } from '../node/browser.js';

export async function hostileInput() {
  const page = await newPage();
  await load(page, `${ctx.open.url}harness.html`);
  const { total, kinds } = await page.evaluate(() => window.havenTrust.corpus());
  await check(
    `the corpus holds at least 100 payloads (${total}: ${kinds})`,
    total >= 100 ? [] : ['too few'],
  );
  const tags = await page.evaluate(() => window.havenTrust.sets().map((s) => s.tag));
  for (const tag of tags) {
    const d = await page.evaluate((t) => window.havenTrust.discover(t), tag);
    note(
      `<${tag}>: attributes ${d.attributes.join(', ') || '-'}; properties ${d.properties.map((p) => p.name).join(', ') || '-'}; slots ${d.slots.map((s) => s || '(default)').join(', ') || '-'}; URL fields ${d.urlFields.map((f) => f.name).join(', ') || '-'}; JSON ${d.readsJson ? 'read' : 'ignored'}`,
    );
    const paths = await page.evaluate(
      (t, dd) => window.havenTrust.hostilePaths(dd).map((p) => [p.path, p.cases.length]),
      tag,
      d,
    );
    for (const [path, n] of paths) {
      const from = page.requests.length;
      const hitsBefore = await page.evaluate(() => window.__havenTrustLog.canary.length);
      const results = await page.evaluate((t, p) => window.havenTrust.hostile(t, p), tag, path);
      // An image that fails to load reports (and a handler would run) after the batch.
      const unsettled = await idle(page);
      const hits = await page.evaluate((k) => window.__havenTrustLog.canary.slice(k), hitsBefore);
      const reported = flatten(results);
      await check(`<${tag}> ${path}: ${n} payloads`, [
        ...reported,
        ...hits
          .filter((id) => !reported.some((f) => f.includes(id)))
          .map((id) => `EXECUTED after the batch: canary ${id}`),
        ...unsettled,
        ...strayRequests(page, from),
      ]);
    }
    if (d.urlFields.length) {
      const from = page.requests.length;
      const results = await page.evaluate((t) => window.havenTrust.urlFields(t), tag);
      const unsettled = await idle(page);
      await check(`<${tag}> URL fields: safe addresses render, unsafe ones never do`, [
        ...flatten(results),
        ...unsettled,
        ...strayRequests(page, from),
      ]);
    }
    const noise = await page.evaluate(
      (t, j) => window.havenTrust.ignoresNoise(t, j),
      tag,
      !d.readsJson,
    );
    await check(
      `<${tag}> shows the same with ${d.readsJson ? '' : 'a JSON child it does not read, and with '}a pasted snippet's line breaks`,
      flatten(noise),
    );
  }
  const log = await trustLog(page);
  await check('no payload ever executed; no exception escaped', [
    ...log.canary.map((id) => `canary ${id}`),
    ...log.errors,
    ...page.browserLog.filter((l) => l.startsWith('pageerror')),
  ]);
  await check(
    `each of the ${log.warnings.length} warnings was said once`,
    duplicates(log.warnings),
  );
  await page.close();
}

export async function malformedInput() {
  const page = await newPage();
  await load(page, `${ctx.strict.url}harness.html`);
  const tags = await page.evaluate(() => window.havenTrust.sets().map((s) => s.tag));
  for (const tag of tags) {
    const d = await page.evaluate((t) => window.havenTrust.discover(t), tag);
    const paths = await page.evaluate(
      (dd) => window.havenTrust.malformedPaths(dd).map((p) => [p.path, p.cases.length]),
      d,
    );
    for (const [path, n] of paths) {
      const results = await page.evaluate((t, p) => window.havenTrust.malformed(t, p), tag, path);
      await check(
        `<${tag}> ${path}: ${n} values, no exception, still shows text, no overflow`,
        flatten(results),
      );
    }
  }
  const log = await trustLog(page);
  await check('no exception escaped; each warning was said once', [
    ...log.errors,
    ...log.consoleErrors,
    ...duplicates(log.warnings),
  ]);
  await page.close();
}

/** Each problem an editor must hear about, each on a fresh page (warnOnce has said nothing yet). */
export async function mustWarn() {
  const fresh = await newPage();
  await load(fresh, `${ctx.strict.url}harness.html`);
  const tags = await fresh.evaluate(() => window.havenTrust.sets().map((s) => s.tag));
  for (const tag of tags) {
    await load(fresh, `${ctx.strict.url}harness.html`);
    const d = await fresh.evaluate((t) => window.havenTrust.discover(t), tag);
    const cases = await fresh.evaluate((dd) => window.havenTrust.mustWarnCases(dd), d);
    for (const c of cases) {
      // A fresh page each time: warnOnce has said nothing yet.
      await load(fresh, `${ctx.strict.url}harness.html`);
      const r = await fresh.evaluate((dd, id) => window.havenTrust.runMustWarn(dd, id), d, c.id);
      await check(
        `<${tag}> ${c.label}: ${c.note ? 'a note and ' : ''}one warning${r.first.length ? ` (${r.first[0].slice(0, 70)}…)` : ''}`,
        r.failures,
      );
    }
  }
  await fresh.close();
}

/**
 * Churn on `page`: listeners on window and document with one and six copies of every example
 * and after removal; then `warm` + `more` cycles of insert/move/remove/re-add, with live
 * instances, DOM nodes and listeners counted after garbage collection (DevTools protocol).
 */
