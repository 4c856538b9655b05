// <haven-wellbeing-plan> and the real back/forward cache (npm test builds first): a visitor fills
// the plan on the demo page, goes to another page and comes back with the back button. Chromium
// restores the same document from its cache, and the plan must be empty. The control run turns
// the element's wipe() off and sees the cache bring the words back, which shows the first run was
// a real cache restore and not a fresh load.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { startServer } from '../../scripts/lib/server.js';
import { CHROME_ARGS, CHROME_PATH } from '../../scripts/lib/chromium.js';
import { rendered, waitFor } from './lib/wait.js';

const root = resolve(import.meta.dirname, '../..');
let server;
let browser;

before(async () => {
  // The demo server says no-store, which keeps pages out of Chromium's cache; this one lets
  // them in, as many real hosts do.
  server = await startServer({
    mounts: { '/': resolve(root, 'dist/demo'), '/dist/': resolve(root, 'dist') },
    headers: { 'cache-control': 'no-cache' },
  });
  browser = await puppeteer.launch({
    executablePath: CHROME_PATH,
    args: CHROME_ARGS,
    headless: true,
  });
});

after(async () => {
  await browser?.close();
  server?.server.close();
});

/** Fills the plan, leaves for the home page, comes back with the back button; what is left. */
async function roundTrip({ withoutListeners }) {
  const page = await browser.newPage();
  try {
    await page.goto(`${server.url}plan.html`, { waitUntil: 'load' });
    await waitFor(page, 'the plan rendered', () =>
      document.querySelector('haven-wellbeing-plan')?.shadowRoot?.querySelector('#o0'),
    );
    const field = (sel) =>
      page.evaluateHandle(
        (s) => document.querySelector('haven-wellbeing-plan').shadowRoot.querySelector(s),
        sel,
      );
    await (await field('input[name="v"]')).click();
    await (await field('#o0')).type('Time for my sister');
    await page.keyboard.press('Enter');
    await page.evaluate((off) => {
      window.sameDocument = true;
      addEventListener('pageshow', (e) => (window.restored = e.persisted));
      // The page's listeners call each plan's wipe(): this plan's does nothing now.
      if (off) document.querySelector('haven-wellbeing-plan').wipe = () => {};
    }, withoutListeners);
    await page.goto(`${server.url}index.html`, { waitUntil: 'load' });
    await page.goBack({ waitUntil: 'load' });
    // A restore from the cache fires pageshow (persisted); a fresh load starts a new document.
    await waitFor(
      page,
      'the plan page back, restored from the cache or loaded afresh',
      () =>
        (window.sameDocument !== true || window.restored !== undefined) &&
        document.querySelector('haven-wellbeing-plan')?.shadowRoot,
    );
    await rendered(page, 'haven-wellbeing-plan');
    return await page.evaluate(() => {
      const r = document.querySelector('haven-wellbeing-plan').shadowRoot;
      const filled = [...r.querySelectorAll('input')].filter((i) =>
        i.type === 'checkbox' ? i.checked : i.value,
      );
      return {
        fromCache: window.sameDocument === true && window.restored === true,
        filled: filled.map((i) => (i.type === 'checkbox' ? i.value : i.value)),
        step: r.querySelector('.step:not([hidden]) > legend')?.textContent.trim(),
      };
    });
  } finally {
    await page.close();
  }
}

test('back from another page, the plan restored from the cache is empty', async () => {
  const back = await roundTrip({ withoutListeners: false });
  assert.equal(back.fromCache, true, 'the page came back from the back/forward cache');
  assert.deepEqual(back.filled, []);
  assert.equal(back.step, 'What matters to you');
});

test('control: without its listeners the cache would bring the words back', async () => {
  const back = await roundTrip({ withoutListeners: true });
  assert.equal(back.fromCache, true, 'the page came back from the back/forward cache');
  assert.ok(back.filled.includes('Time for my sister'), JSON.stringify(back));
});
