// Sections: no tracking, no traces and a strict CSP; two copies of the library on one page.
import { ctx, check, duplicates, REQUIRED_CSP } from '../node/context.js';
import {
  newPage,
  load,
  trustLog,
  idle,
  strayRequests,
  traces,
  browserCookies,
} from '../node/browser.js';

/**
 * Every example on one page: `file` loads `bundle` (dist/haven.js in English, dist/haven.es.js in
 * Spanish) on a page whose language is `lang`.
 */
export async function noTracking(file, bundle, lang) {
  const page = await newPage();
  const response = await load(page, `${ctx.strict.url}${file}`);
  const rendered = await page.evaluate(() => window.havenTrust.ready);
  const unsettled = await idle(page);
  const log = await trustLog(page);
  const csp = response.headers()['content-security-policy'] ?? '';
  await check(
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
  // Each element speaks the page's language (an element falling back to English marks its root
  // lang="en"; a Spanish page must have none).
  const spoken = await page.evaluate(() =>
    [...document.querySelectorAll('#stage > section > *')].map((el) => ({
      tag: el.localName,
      fallback: [...(el.shadowRoot?.children ?? [])].some((c) => c.getAttribute('lang') === 'en'),
    })),
  );
  await check(
    `every element speaks the page's language (${lang})`,
    spoken.filter((s) => s.fallback).map((s) => `<${s.tag}> fell back to English`),
  );
  for (const tag of tags) {
    const mine = rendered.filter((r) => r.tag === tag);
    await check(
      `<${tag}>: all ${mine.length} examples render with text, toggles work, links are safe (${lang})`,
      mine.flatMap((r) => r.failures.map((f) => `${r.example}: ${f}`)),
    );
  }
  await check('zero securitypolicyviolation events', [
    ...log.csp,
    ...page.browserLog.filter((l) => /Content.Security.Policy/i.test(l)),
  ]);
  await check('no request beyond the page and the library', [...unsettled, ...strayRequests(page)]);
  await check(
    'no cookie, nothing in storage, IndexedDB or Cache API, no service worker',
    await traces(page),
  );
  const now = await page.evaluate(() => ({ history: history.length, href: location.href }));
  await check('no history entry added, the address unchanged', [
    ...(now.history !== log.start.history
      ? [`history.length went from ${log.start.history} to ${now.history}`]
      : []),
    ...(now.href !== log.start.href ? [`the address became ${now.href}`] : []),
  ]);
  await check('no exception and no console error', [
    ...log.errors,
    ...log.consoleErrors,
    ...page.browserLog.filter((l) => l.startsWith('pageerror') || l.startsWith('error')),
  ]);
  const declared = await page.evaluate(() =>
    window.havenTrust.sets().flatMap((s) => s.examples.map((e) => e.warns).filter(Boolean)),
  );
  await check('each console warning is one an example declares, said once', [
    ...duplicates(log.warnings),
    ...log.warnings
      .filter((w) => !declared.some((d) => w.includes(d)))
      .map((w) => `undeclared warning: ${w}`),
  ]);
  await page.close();
}

export async function twoCopies() {
  const page = await newPage();
  await load(page, `${ctx.strict.url}two-copies.html`);
  const rendered = await page.evaluate(() => window.havenTrust.ready);
  const unsettled = await idle(page);
  const log = await trustLog(page);
  const loaded = page.requests
    .map((r) => new URL(r.url))
    .filter((u) => u.pathname === '/dist/haven.js');
  await check('three copies were loaded (?copy=2 first, the plain URL, ?copy=3 after rendering)', [
    ...unsettled,
    ...(['?copy=2', '', '?copy=3'].every((q) => loaded.some((u) => u.search === q))
      ? []
      : [`loaded: ${loaded.map((u) => u.href).join(', ')}`]),
  ]);
  await check('no "already defined" error, no exception, no console error', [
    ...log.errors,
    ...log.consoleErrors,
    ...page.browserLog.filter((l) => !l.startsWith('warning')),
  ]);
  await check(
    `every example still renders and works, before and after the late copy (${rendered.length} renders)`,
    rendered.flatMap((r) => r.failures.map((f) => `<${r.tag}> ${r.example}: ${f}`)),
  );
  await page.close();
}

export async function lastTraces() {
  const found = [];
  for (const server of [ctx.strict, ctx.open]) {
    const page = await newPage();
    await page.goto(`${server.url}harness.html`, { waitUntil: 'load' });
    found.push(...(await traces(page)).map((t) => `${server.url}: ${t}`));
    await page.close();
  }
  const cookies = await browserCookies();
  found.push(...cookies.map((c) => `browser cookie ${c.name} on ${c.domain}`));
  await check(
    'no cookie in the browser; no storage, IndexedDB, Cache API or service worker',
    found,
  );
}
