// The trust suite (node:test): proves in real browsers, for every example of every element in
// allExamples, that the widgets track no one, leave no trace, hold under a strict
// Content-Security-Policy, survive hostile and malformed input, and keep working when the page
// around them misbehaves.
//
// It runs on the dist/haven.js that the build already made (`npm test` builds once, then runs
// `npm run test:trust`; after a build, `npm run test:trust` runs it alone), bundles the test
// pages' own scripts with esbuild, serves both from scripts/lib/server.js on 127.0.0.1, and
// drives each engine scripts/lib/browsers.js finds, one after another: Chromium through
// puppeteer-core over the DevTools protocol, Firefox through puppeteer-core over WebDriver BiDi
// (both intercept every request), WebKit through webdriverio and WebKitWebDriver under Xvfb
// (node/webkit.js: its request log is what the servers heard, plus what a report-only policy saw
// leave for another origin). The in-page half is tests/trust/harness.ts and the modules it
// gathers; the Node half is node/ (site, browser, reporting) and sections/. One suite per engine,
// one test per section, one subtest per check. Screenshots go to tests/trust/out/ (gitignored).
//
// In every engine: no tracking / strict CSP, two copies, hostile input, malformed input, the
// self-test (minus its leak probe) and the last look for traces. Chromium only: churn (garbage
// collection, heap objects and listener counts over the DevTools protocol), the hostile-CSS
// screenshots and the page without JavaScript (layout and readability, not engine features).
//
//   npm run test:trust                    the whole suite, on the last build; it ends with
//                                         "trust: N passed, N failed" (scripts/lib/test-report.js)
//   npm run test:trust -- --only=hostile-input    one section (see SECTIONS below)
//   npm run test:trust -- --engines=firefox       one engine (HAVEN_ENGINES works too)
//   npm run test:trust -- --merge         then "N passed, N failed", adding the counts wtr wrote
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { startServer, STRICT_CSP } from '../../scripts/lib/server.js';
import {
  ENGINES,
  FIREFOX_PREFS,
  findEngines,
  requestedEngines,
} from '../../scripts/lib/browsers.js';
import { ctx, OPEN_CSP, REPORT_ONLY_CSP, root } from './node/context.js';
import { launchWebKit } from './node/webkit.js';
import { buildSite } from './node/site.js';
import { noTracking, twoCopies, lastTraces } from './sections/privacy.js';
import { hostileInput, malformedInput, mustWarn } from './sections/input.js';
import { churn } from './sections/churn.js';
import { hostileCss, noJs } from './sections/page.js';
import { selfTest } from './sections/self-test.js';

process.chdir(root);
const args = process.argv.slice(2);
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const requested = requestedEngines(args);

// ---------------------------------------------------------------------------------------------

/** In order; `name` is what --only takes; `chromium`: Chromium only. */
const SECTIONS = [
  {
    name: 'no-tracking',
    title:
      'No tracking, no traces, strict CSP (every example on one page, dist/haven.js, lang="en")',
    run: () => noTracking('index.html', 'dist/haven.js', 'en'),
  },
  {
    name: 'no-tracking',
    title:
      'No tracking, no traces, strict CSP (every example on one page, dist/haven.es.js, lang="es")',
    run: () => noTracking('es.html', 'dist/haven.es.js', 'es'),
  },
  {
    name: 'two-copies',
    title: 'Two copies of the bundle on one page, and the snippet pasted twice',
    run: twoCopies,
  },
  {
    name: 'hostile-input',
    title:
      'Hostile input: every payload through every input path (open CSP, so payloads could run)',
    run: hostileInput,
  },
  { name: 'malformed', title: 'Malformed and extreme input', run: malformedInput },
  {
    name: 'malformed',
    title: 'Problems an editor must hear about: once, with a neutral note where content is missing',
    run: mustWarn,
  },
  {
    name: 'churn',
    title: 'Embedding faults: inserted with innerHTML, moved, removed and re-added, 1,000 times',
    run: churn,
    chromium: true,
  },
  {
    name: 'hostile-css',
    title:
      'A host page with hostile global CSS (resets, !important, 40 px root font, RTL) at 320 px',
    run: hostileCss,
    chromium: true,
  },
  {
    name: 'no-js',
    title: 'JavaScript disabled: editor-authored light DOM is readable',
    run: noJs,
    chromium: true,
  },
  {
    name: 'self-test',
    title: 'Self-test: the checks pass a careful probe element and catch a careless one',
    run: selfTest,
  },
  // Only after the whole suite: what every section before it may have left.
  ...(only
    ? []
    : [{ name: '', title: 'After everything: no trace left on either origin', run: lastTraces }]),
];

/**
 * The engine's browser: puppeteer-core over the DevTools protocol or WebDriver BiDi, or WebKit
 * through WebKitWebDriver (node/webkit.js).
 */
async function launch(engine) {
  if (engine === 'webkit') return launchWebKit(found.webkit);
  if (engine === 'chromium') {
    const { CHROME_ARGS, CHROME_PATH } = await import('../../scripts/lib/chromium.js');
    return puppeteer.launch({
      executablePath: CHROME_PATH,
      headless: true,
      protocolTimeout: 600000,
      args: CHROME_ARGS,
    });
  }
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: ENGINES.firefox.find(),
    headless: true,
    protocolTimeout: 600000,
    // A closed network: nothing of Firefox's own dials out.
    extraPrefsFirefox: FIREFOX_PREFS,
  });
}

/** Logs every request a server hears, with the headers it answers with (WebKit's request log). */
const hear = (which) => (req, res) => {
  const entry = { url: `${ctx[which].url}${req.url.slice(1)}`, method: req.method, headers: {} };
  ctx.served.requests.push(entry);
  ctx.served.listener?.(entry);
  ctx.served.pending.add(entry);
  const writeHead = res.writeHead.bind(res);
  res.writeHead = (status, headers = {}) => {
    entry.headers = Object.fromEntries(
      Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]),
    );
    return writeHead(status, headers);
  };
  res.on('close', () => ctx.served.pending.delete(entry));
};

const { found, missing } = findEngines(requested);
const engines = requested.filter((n) => found[n]);

if (missing.length) {
  test(`every engine asked for is here (${requested.join(', ')})`, (t) => {
    if (process.env.HAVEN_REQUIRE_ALL_ENGINES === '1') {
      throw new Error(`missing ${missing.join(', ')}, and every engine is required here`);
    }
    t.skip(`missing ${missing.join(', ')}`);
  });
}

before(async () => {
  if (!existsSync(resolve(root, 'dist/haven.js'))) {
    throw new Error('dist/haven.js is missing; run npm run build first');
  }
  if (!STRICT_CSP.startsWith("default-src 'none'")) throw new Error('unexpected STRICT_CSP');
  ctx.pageHtml = await buildSite();
  ctx.strict = await startServer({
    mounts: { '/': ctx.site, '/dist/': resolve(root, 'dist') },
    onRequest: hear('strict'),
  });
  ctx.open = await startServer({
    mounts: { '/': ctx.site, '/dist/': resolve(root, 'dist') },
    headers: {
      'content-security-policy': OPEN_CSP,
      'content-security-policy-report-only': REPORT_ONLY_CSP,
    },
    onRequest: hear('open'),
  });
});

after(() => {
  ctx.strict?.server.close();
  ctx.open?.server.close();
});

for (const engine of engines) {
  describe(`trust suite in ${ENGINES[engine].label}`, () => {
    before(async () => {
      ctx.engine = engine;
      ctx.browser = await launch(engine);
    });
    after(async () => {
      await ctx.browser?.close();
      ctx.browser = undefined;
    });
    for (const section of SECTIONS) {
      if (only && !only.includes(section.name)) continue;
      if (section.chromium && engine !== 'chromium') continue;
      test(`${engine}: ${section.title}`, async (t) => {
        ctx.t = t;
        await section.run();
      });
    }
  });
}
