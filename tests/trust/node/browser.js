// Browser plumbing for the trust suite: pages that record every request and block all but
// 127.0.0.1, loading a test page, waiting for the network to go quiet, and reading traces.
import { ctx } from './context.js';
import { offsiteRequests } from './webkit.js';

// ---------------------------------------------------------------------------------------------
// Browser plumbing

/**
 * A page that records every request and lets none leave 127.0.0.1, and records what the browser
 * itself logs (CSP reports, failed loads). Chromium over the DevTools protocol, Firefox over
 * WebDriver BiDi: both intercept requests; only Chromium gets a DevTools session (`page.cdp`, for
 * the churn section).
 */
export async function newPage({ viewport = { width: 800, height: 900 }, js = true } = {}) {
  const page = await ctx.browser.newPage();
  await page.setViewport(viewport);
  if (ctx.engine === 'webkit') return page; // node/webkit.js: the servers' log, no interception
  if (!js) await page.setJavaScriptEnabled(false);
  page.requests = [];
  page.documents = new Set();
  page.browserLog = [];
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    page.requests.push({ url: req.url(), method: req.method() });
    const local = req.url().startsWith(ctx.strict.url) || req.url().startsWith(ctx.open.url);
    if (local) req.continue();
    else req.abort('blockedbyclient');
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') {
      page.browserLog.push(`${msg.type()}: ${msg.text()}`);
    }
    for (const a of msg.args()) a.dispose().catch(() => {});
  });
  page.pending = new Set();
  page.on('request', (req) => page.pending.add(req));
  page.on('requestfinished', (req) => page.pending.delete(req));
  page.on('requestfailed', (req) => page.pending.delete(req));
  page.on('pageerror', (err) => page.browserLog.push(`pageerror: ${err.message}`));
  if (ctx.engine === 'chromium') page.cdp = await page.createCDPSession();
  return page;
}

/** Opens a test page and waits, at most 20 s, for its harness (window.havenTrust) to be ready. */
export async function load(page, url) {
  page.documents.add(new URL(url).pathname);
  page.pending.clear();
  const response = await page.goto(url, { waitUntil: 'load' });
  try {
    await page.waitForFunction(() => window.havenTrust !== undefined, { timeout: 20000 });
  } catch (err) {
    throw new Error(`${url}: the page's harness (window.havenTrust) never loaded within 20 s`, {
      cause: err,
    });
  }
  return response;
}

export const trustLog = (page) => page.evaluate(() => window.__havenTrustLog);
/**
 * Waits until no request of the current document has been in flight for 60 ms, at most 3 s.
 * Returns, as failures for the check that follows, the requests that never settled (one that an
 * injected element started and lost by being removed may never settle: the self-test's careless
 * probe does that on purpose). With well-behaved widgets nothing is in flight and this returns
 * nothing after 60 ms.
 */
export async function idle(page) {
  const end = Date.now() + 3000;
  let quiet = Date.now();
  const unsettled = [];
  while (Date.now() - quiet < 60) {
    if (Date.now() >= end) {
      for (const r of page.pending) {
        const url = typeof r.url === 'function' ? r.url() : r.url;
        unsettled.push(`request ${url} never settled within 3 s`);
      }
      break;
    }
    await new Promise((r) => setTimeout(r, 20));
    if (page.pending.size) quiet = Date.now();
  }
  if (ctx.engine === 'webkit') await offsiteRequests(page);
  return unsettled;
}

/** The test pages' own files, besides the page itself. */
export const OWN_FILES = [
  '/trust/early.js',
  '/trust/page.js',
  '/trust/selftest.js',
  '/trust/page.css',
  '/trust/hostile.css',
  // Browsers ask for it by themselves, for every top-level page.
  '/favicon.ico',
];

/** Requests that are not the page, its own test files, or the library (dist/haven.js). */
export function strayRequests(page, from = 0) {
  const origins = [new URL(ctx.strict.url).origin, new URL(ctx.open.url).origin];
  return page.requests.slice(from).flatMap(({ url, method }) => {
    // Firefox reports a font of its own, from a data: address (nothing goes over the network, and
    // the page's strict CSP, whose violations are checked, would refuse a data: font of the page).
    if (ctx.engine === 'firefox' && url.startsWith('data:font/')) return [];
    const u = new URL(url);
    const own =
      origins.includes(u.origin) &&
      method === 'GET' &&
      (page.documents.has(u.pathname) ||
        OWN_FILES.includes(u.pathname) ||
        /^\/dist\/haven(\.es)?\.js$/.test(u.pathname));
    return own ? [] : [`request ${method} ${url}`];
  });
}

/** Every cookie the browser holds: the DevTools protocol in Chromium, BiDi's storage in Firefox. */
export async function browserCookies() {
  if (ctx.engine !== 'chromium') return ctx.browser.cookies();
  const cdp = await ctx.browser.target().createCDPSession();
  const { cookies } = await cdp.send('Storage.getCookies');
  await cdp.detach();
  return cookies;
}

export async function traces(page) {
  const cookies = await browserCookies();
  const inPage = await page.evaluate(async () => {
    const found = [];
    if (document.cookie) found.push(`document.cookie = ${document.cookie}`);
    if (localStorage.length) found.push(`localStorage has ${localStorage.length} item(s)`);
    if (sessionStorage.length) found.push(`sessionStorage has ${sessionStorage.length} item(s)`);
    const dbs = await indexedDB.databases();
    if (dbs.length) found.push(`IndexedDB: ${dbs.map((d) => d.name).join(', ')}`);
    const cacheNames = await caches.keys();
    if (cacheNames.length) found.push(`Cache API: ${cacheNames.join(', ')}`);
    // Firefox under automation may have no service workers at all: then there is none.
    if ('serviceWorker' in navigator) {
      const workers = await navigator.serviceWorker.getRegistrations();
      if (workers.length || navigator.serviceWorker.controller) found.push('a service worker');
    }
    return found;
  });
  return [...cookies.map((c) => `cookie ${c.name} on ${c.domain}`), ...inPage];
}
