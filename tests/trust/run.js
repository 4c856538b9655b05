#!/usr/bin/env node
// The trust suite: proves in real Chromium, for every example of every element in allExamples,
// that the widgets track no one, leave no trace, hold under a strict Content-Security-Policy,
// survive hostile and malformed input, and keep working when the page around them misbehaves.
//
// It runs on the dist/haven.js that the build already made (`npm test` builds once; `npm run
// test:trust` builds first), bundles the test pages' own scripts with esbuild, serves both from
// scripts/lib/server.js on 127.0.0.1, and drives /usr/bin/chromium (or CHROME_PATH) through
// puppeteer-core over the DevTools protocol. The in-page half is tests/trust/harness.ts and the
// modules it gathers; the Node half is node/ (site, browser, reporting) and sections/.
// Screenshots go to tests/trust/out/ (gitignored).
//
//   npm run test:trust            build, then the whole suite; the last line is "trust: N passed, N failed"
//   node tests/trust/run.js --only=hostile-input   one section (see SECTIONS below)
//   --merge                       end with "N passed, N failed", adding the counts wtr just wrote
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { startServer, STRICT_CSP } from '../../scripts/lib/server.js';
import { CHROME_ARGS, CHROME_PATH } from '../../scripts/lib/chromium.js';
import { ctx, counts, OPEN_CSP, root } from './node/context.js';
import { buildSite } from './node/site.js';
import { noTracking, twoCopies, lastTraces } from './sections/privacy.js';
import { hostileInput, malformedInput } from './sections/input.js';
import { churn } from './sections/churn.js';
import { hostileCss, noJs } from './sections/page.js';
import { selfTest } from './sections/self-test.js';

process.chdir(root);
if (!existsSync(resolve(root, 'dist/haven.js'))) {
  console.error(
    'trust: dist/haven.js is missing; run npm run build first (npm run test:trust does)',
  );
  process.exit(1);
}
const args = process.argv.slice(2);
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
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

const time = (label, t) => console.log(`  (${label}: ${((Date.now() - t) / 1000).toFixed(1)} s)`);
try {
  let t = Date.now();
  ctx.pageHtml = await buildSite();
  time('built the test pages', t);
  ctx.strict = await startServer({ mounts: { '/': ctx.site, '/dist/': resolve(root, 'dist') } });
  ctx.open = await startServer({
    mounts: { '/': ctx.site, '/dist/': resolve(root, 'dist') },
    headers: { 'content-security-policy': OPEN_CSP },
  });
  if (!STRICT_CSP.startsWith("default-src 'none'")) throw new Error('unexpected STRICT_CSP');
  ctx.browser = await puppeteer.launch({
    executablePath: CHROME_PATH,
    headless: true,
    protocolTimeout: 600000,
    args: CHROME_ARGS,
  });
  for (const [name, fn] of Object.entries(SECTIONS)) {
    if (only && !only.includes(name)) continue;
    t = Date.now();
    await fn();
    time(name, t);
  }
  if (!only) await lastTraces();
} catch (err) {
  counts.failed += 1;
  console.log(`  FAIL  the suite stopped: ${err.stack ?? err}`);
} finally {
  await ctx.browser?.close();
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
