// Sections: no tracking, no traces and a strict CSP; two copies of the library on one page.
import { ctx, check, section, duplicates, REQUIRED_CSP } from '../node/context.js';
import {
  newPage,
  load,
  trustLog,
  idle,
  strayRequests,
  traces,
  browserCookies,
} from '../node/browser.js';

export async function noTracking() {
  section('No tracking, no traces, strict CSP (every example on one page, dist/haven.js)');
  const page = await newPage();
  const response = await load(page, `${ctx.strict.url}index.html`);
  const rendered = await page.evaluate(() => window.havenTrust.ready);
  await idle(page);
  const log = await trustLog(page);
  const csp = response.headers()['content-security-policy'] ?? '';
  check(
    'the page is served with the strict CSP as a response header',
    REQUIRED_CSP.filter(
      (d) =>
        !csp
          .split(';')
          .map((s) => s.trim())
          .includes(d),
    ).map((d) => `missing ${d}`),
  );
  const tags = [...new Set(rendered.map((r) => r.tag))];
  for (const tag of tags) {
    const mine = rendered.filter((r) => r.tag === tag);
    check(
      `<${tag}>: all ${mine.length} examples render with text, toggles work, links are safe`,
      mine.flatMap((r) => r.failures.map((f) => `${r.example}: ${f}`)),
    );
  }
  check('zero securitypolicyviolation events', [
    ...log.csp,
    ...page.browserLog.filter((l) => /Content.Security.Policy/i.test(l)),
  ]);
  check('no request beyond the page and the library', strayRequests(page));
  check(
    'no cookie, nothing in storage, IndexedDB or Cache API, no service worker',
    await traces(page),
  );
  const now = await page.evaluate(() => ({ history: history.length, href: location.href }));
  check('no history entry added, the address unchanged', [
    ...(now.history !== log.start.history
      ? [`history.length went from ${log.start.history} to ${now.history}`]
      : []),
    ...(now.href !== log.start.href ? [`the address became ${now.href}`] : []),
  ]);
  check('no exception and no console error', [
    ...log.errors,
    ...log.consoleErrors,
    ...page.browserLog.filter((l) => l.startsWith('pageerror') || l.startsWith('error')),
  ]);
  const declared = await page.evaluate(() =>
    window.havenTrust.sets().flatMap((s) => s.examples.map((e) => e.warns).filter(Boolean)),
  );
  check('each console warning is one an example declares, said once', [
    ...duplicates(log.warnings),
    ...log.warnings
      .filter((w) => !declared.some((d) => w.includes(d)))
      .map((w) => `undeclared warning: ${w}`),
  ]);
  await page.close();
}

export async function twoCopies() {
  section('Two copies of the bundle on one page, and the snippet pasted twice');
  const page = await newPage();
  await load(page, `${ctx.strict.url}two-copies.html`);
  const rendered = await page.evaluate(() => window.havenTrust.ready);
  await idle(page);
  const log = await trustLog(page);
  const loaded = page.requests
    .map((r) => new URL(r.url))
    .filter((u) => u.pathname === '/dist/haven.js');
  check('three copies were loaded (?copy=2 first, the plain URL, ?copy=3 after rendering)', [
    ...(['?copy=2', '', '?copy=3'].every((q) => loaded.some((u) => u.search === q))
      ? []
      : [`loaded: ${loaded.map((u) => u.href).join(', ')}`]),
  ]);
  check('no "already defined" error, no exception, no console error', [
    ...log.errors,
    ...log.consoleErrors,
    ...page.browserLog.filter((l) => !l.startsWith('warning')),
  ]);
  check(
    `every example still renders and works, before and after the late copy (${rendered.length} renders)`,
    rendered.flatMap((r) => r.failures.map((f) => `<${r.tag}> ${r.example}: ${f}`)),
  );
  await page.close();
}

export async function lastTraces() {
  section('After everything: no trace left on either origin');
  const found = [];
  for (const server of [ctx.strict, ctx.open]) {
    const page = await newPage();
    await page.goto(`${server.url}harness.html`, { waitUntil: 'load' });
    found.push(...(await traces(page)).map((t) => `${server.url}: ${t}`));
    await page.close();
  }
  const cookies = await browserCookies();
  found.push(...cookies.map((c) => `browser cookie ${c.name} on ${c.domain}`));
  check('no cookie in the browser; no storage, IndexedDB, Cache API or service worker', found);
}
