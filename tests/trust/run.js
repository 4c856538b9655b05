#!/usr/bin/env node
// The trust suite: proves in real browsers, for every example of every element in allExamples,
// that the widgets track no one, leave no trace, hold under a strict Content-Security-Policy,
// survive hostile and malformed input, and keep working when the page around them misbehaves.
//
// It runs on the dist/haven.js that the build already made (`npm test` builds once, then runs
// `npm run test:trust`; after a build, `npm run test:trust` runs it alone), bundles the test pages' own scripts with esbuild, serves both from
// scripts/lib/server.js on 127.0.0.1, and drives each engine scripts/lib/browsers.js finds, one
// after another: Chromium through puppeteer-core over the DevTools protocol, Firefox through
// puppeteer-core over WebDriver BiDi (both intercept every request), WebKit through webdriverio
// and WebKitWebDriver under Xvfb (node/webkit.js: its request log is what the servers heard, plus
// what a report-only policy saw leave for another origin). The in-page half is
// tests/trust/harness.ts and the modules it gathers; the Node half is node/ (site, browser,
// reporting) and sections/. Every check line names its engine. Screenshots go to
// tests/trust/out/ (gitignored).
//
// In every engine: no tracking / strict CSP, two copies, hostile input, malformed input, the
// self-test (minus its leak probe) and the last look for traces. Chromium only: churn (garbage
// collection, heap objects and listener counts over the DevTools protocol), the hostile-CSS
// screenshots and the page without JavaScript (layout and readability, not engine features).
//
//   npm run test:trust            the whole suite, on the last build; the last line is "trust: N passed, N failed"
//   node tests/trust/run.js --only=hostile-input   one section (see SECTIONS below)
//   node tests/trust/run.js --engines=firefox      one engine (HAVEN_ENGINES works too)
//   --merge                       end with "N passed, N failed", adding the counts wtr just wrote
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { startServer, STRICT_CSP } from '../../scripts/lib/server.js';
import {
  ENGINES,
  FIREFOX_PREFS,
  findEngines,
  requestedEngines,
} from '../../scripts/lib/browsers.js';
import { ctx, counts, OPEN_CSP, REPORT_ONLY_CSP, root } from './node/context.js';
import { launchWebKit } from './node/webkit.js';
import { buildSite } from './node/site.js';
import { noTracking, twoCopies, lastTraces } from './sections/privacy.js';
import { hostileInput, malformedInput } from './sections/input.js';
import { churn } from './sections/churn.js';
import { hostileCss, noJs } from './sections/page.js';
import { selfTest } from './sections/self-test.js';

process.chdir(root);
if (!existsSync(resolve(root, 'dist/haven.js'))) {
  console.error('trust: dist/haven.js is missing; run npm run build first');
  process.exit(1);
}
const args = process.argv.slice(2);
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const requested = requestedEngines(args);
const started = Date.now();

// ---------------------------------------------------------------------------------------------

const SECTIONS = {
  'no-tracking': noTracking,
  'two-copies': twoCopies,
  'hostile-input': hostileInput,
  malformed: malformedInput,
  churn,
  'hostile-css': hostileCss,
  'no-js': noJs,
  'self-test': selfTest,
};
const CHROMIUM_ONLY = ['churn', 'hostile-css', 'no-js'];

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

const time = (label, t) => console.log(`  (${label}: ${((Date.now() - t) / 1000).toFixed(1)} s)`);
const { found, missing } = findEngines(requested);
const engines = requested.filter((n) => found[n]);
console.log(
  `trust: engines ${engines.join(', ') || 'none'}; missing: ${missing.join(', ') || 'none'}`,
);
if (process.env.HAVEN_REQUIRE_ALL_ENGINES === '1' && missing.length) {
  counts.failed += 1;
  console.log(`  FAIL  trust: missing ${missing.join(', ')}, and every engine is required here`);
}
try {
  let t = Date.now();
  ctx.pageHtml = await buildSite();
  time('built the test pages', t);
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
  if (!STRICT_CSP.startsWith("default-src 'none'")) throw new Error('unexpected STRICT_CSP');
  for (const engine of engines) {
    ctx.engine = engine;
    console.log(`\n=== trust suite in ${ENGINES[engine].label} ===`);
    try {
      ctx.browser = await launch(engine);
      for (const [name, fn] of Object.entries(SECTIONS)) {
        if (only && !only.includes(name)) continue;
        if (engine !== 'chromium' && CHROMIUM_ONLY.includes(name)) continue;
        t = Date.now();
        await fn();
        time(`${engine} ${name}`, t);
      }
      if (!only) await lastTraces();
    } catch (err) {
      counts.failed += 1;
      console.log(`  FAIL  ${engine}: the suite stopped: ${err.stack ?? err}`);
    } finally {
      await ctx.browser?.close();
      ctx.browser = undefined;
    }
  }
} catch (err) {
  counts.failed += 1;
  console.log(`  FAIL  the suite stopped: ${err.stack ?? err}`);
} finally {
  ctx.strict?.server.close();
  ctx.open?.server.close();
}

console.log(`\n(${((Date.now() - started) / 1000).toFixed(0)} s)`);
const { passed, failed } = counts;
console.log(`trust: ${passed} passed, ${failed} failed`);
if (args.includes('--merge')) {
  const file = resolve(root, '.cache/test-counts/wtr.json');
  if (existsSync(file)) {
    const wtr = JSON.parse(readFileSync(file, 'utf8'));
    rmSync(file);
    // The plain closing line of `npm test` (browser tests: wtr and this suite together).
    if (wtr.skipped) console.log(`(${wtr.skipped} skipped)`);
    console.log(`${wtr.passed + passed} passed, ${wtr.failed + failed} failed`);
  }
}
process.exitCode = failed ? 1 : 0;
