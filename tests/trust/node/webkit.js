// WebKit for the trust suite: WebKitGTK's MiniBrowser through WebKitWebDriver (webdriverio, under
// the Xvfb that scripts/lib/browsers.js starts). WebDriver cannot intercept requests or read the
// console, so a WebKit page here is a stand-in with the few puppeteer page methods the sections
// use, and its request log is what the test servers heard (every request to 127.0.0.1, with the
// response headers) plus what the page's report-only policy saw leave for another origin.
import { remote } from 'webdriverio';
import { startWebKitDriver, webkitSession } from '../../../scripts/lib/browsers.js';
import { ctx } from './context.js';

export async function launchWebKit(found) {
  const { port, stop } = await startWebKitDriver(found);
  let driver;
  try {
    driver = await remote(webkitSession(port, found.browser));
    await driver.setTimeout({ script: 600000, pageLoad: 60000 });
  } catch (err) {
    stop();
    throw err;
  }
  let open = false;
  return {
    /** One window: a page is that window until it is closed (navigated to a blank page). */
    async newPage() {
      if (open) throw new Error('WebKit: one trust page at a time');
      open = true;
      const page = {
        requests: [],
        documents: new Set(),
        browserLog: [],
        pending: ctx.served.pending,
        offsiteSeen: 0,
        async setViewport({ width, height }) {
          await driver.setWindowSize(width, height);
        },
        async goto(url) {
          page.offsiteSeen = 0;
          page.listening = true;
          const from = ctx.served.requests.length;
          await driver.url(url);
          const doc = ctx.served.requests.slice(from).find((r) => r.url === url);
          return { headers: () => doc?.headers ?? {} };
        },
        evaluate: (fn, ...args) => driver.execute(fn, ...args),
        async waitForFunction(fn, { timeout = 30000 } = {}) {
          await driver.waitUntil(() => driver.execute(fn), {
            timeout,
            interval: 50,
            timeoutMsg: `${fn} was still false after ${timeout} ms`,
          });
        },
        async close() {
          await driver.url('about:blank');
          page.listening = false;
          open = false;
        },
      };
      ctx.served.listener = (entry) => {
        if (page.listening) page.requests.push(entry);
      };
      return page;
    },
    /** The cookies the current document's origin holds (WebDriver sees no further). */
    cookies: () => driver.getAllCookies(),
    async close() {
      try {
        await driver.deleteSession();
      } finally {
        stop();
      }
    },
  };
}

/**
 * Adds to the page's request log the other-origin loads its report-only policy saw since the last
 * call (sections call idle() before they read the log).
 */
export async function offsiteRequests(page) {
  const seen = await page.evaluate(() => window.__havenTrustLog?.offsite ?? []);
  for (const url of seen.slice(page.offsiteSeen)) page.requests.push({ url, method: 'GET' });
  page.offsiteSeen = seen.length;
}
