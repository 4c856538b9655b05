#!/usr/bin/env node
// The browser test suite (@web/test-runner) in every engine this machine has or can install:
// Chromium, Firefox and WebKit, one after another (two cores: parallel browsers starve each
// other's timers and focus). Says once which engines ran and which were missing, and ends with
// the plain line "wtr: N passed, N failed, N skipped" counting every engine.
//
//   node scripts/test-browsers.js                          every engine found or installed
//   node scripts/test-browsers.js --engines=webkit -- --files tests/quick-exit.test.ts
//   node scripts/test-browsers.js --require-all            CI: a missing engine fails the run
//
// WebKit: starts Xvfb (unless DISPLAY is set) and WebKitWebDriver on free local ports, and stops
// them when its run ends.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  ENGINES,
  findEngines,
  requestedEngines,
  startWebKitDriver,
  versionOf,
  scriptArgs,
} from './lib/browsers.js';

const root = resolve(import.meta.dirname, '..');
const { own, passOn: wtrArgs } = scriptArgs();
const requested = requestedEngines(own);
const requireAll = own.includes('--require-all') || process.env.HAVEN_REQUIRE_ALL_ENGINES === '1';

const { found, missing } = findEngines(requested);
if (requested.includes('chromium') && !found.chromium) {
  console.error(`No Chrome or Chromium found: ${ENGINES.chromium.hint}.`);
  process.exit(1);
}
const engines = requested.filter((n) => found[n]);
const versions = Object.fromEntries(
  engines.map((n) => [n, versionOf(n, n === 'webkit' ? found[n].browser : found[n])]),
);
console.log(
  `engines: running ${engines.map((n) => `${n} (${versions[n]}, ${found[n].driver ?? found[n]})`).join(', ') || 'none'}; ` +
    `missing: ${missing.map((n) => `${n} (${ENGINES[n].hint})`).join(', ') || 'none'}`,
);
if (requireAll && missing.length) {
  console.error(`engines: missing ${missing.join(', ')}, and every engine is required here`);
  process.exit(1);
}

/** Runs wtr for one engine; resolves { code, counts }. */
function runWtr(engine, env) {
  const countsFile = resolve(root, `.cache/test-counts/wtr-${engine}.json`);
  rmSync(countsFile, { force: true });
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      [resolve(root, 'node_modules/@web/test-runner/dist/bin.js'), ...wtrArgs],
      {
        stdio: 'inherit',
        env: { ...process.env, ...env, HAVEN_ENGINE: engine, HAVEN_DRIVER: '1' },
      },
    );
    child.on('exit', (code) => {
      const counts = existsSync(countsFile)
        ? JSON.parse(readFileSync(countsFile, 'utf8'))
        : { passed: 0, failed: 1, skipped: 0, failures: [`${engine}: the run stopped (${code})`] };
      done({ code, counts });
    });
  });
}

const started = Date.now();
const results = {};
for (const engine of engines) {
  console.log(`\n=== ${ENGINES[engine].label} (${versions[engine]}) ===`);
  const t = Date.now();
  const cleanup = [];
  const env = {};
  try {
    if (engine === 'chromium') env.CHROME_PATH = found.chromium;
    if (engine === 'firefox') env.FIREFOX_PATH = found.firefox;
    if (engine === 'webkit') {
      const { driver, browser } = found.webkit;
      const { display, port, stop } = await startWebKitDriver(found.webkit);
      cleanup.push(stop);
      Object.assign(env, {
        DISPLAY: display,
        WEBKIT_WEBDRIVER: driver,
        WEBKIT_BROWSER: browser,
        WEBKIT_WEBDRIVER_PORT: String(port),
      });
    }
    results[engine] = await runWtr(engine, env);
  } catch (err) {
    results[engine] = {
      code: 1,
      counts: { passed: 0, failed: 1, skipped: 0, failures: [`${engine}: ${err.message}`] },
    };
  } finally {
    for (const stop of cleanup.reverse()) stop();
  }
  console.log(`(${engine}: ${((Date.now() - t) / 1000).toFixed(0)} s)`);
}

const total = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
// The README's browser table names the versions tested: kept true where every engine is
// required (CI, with Debian's packages); elsewhere a difference is only noted.
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const table = readme.slice(readme.indexOf('## Browsers'));
for (const engine of engines) {
  const v = versions[engine].match(/(\d+)(\.\d+)?/);
  const named = { chromium: 'Chromium', firefox: 'Firefox ESR', webkit: 'WebKitGTK' }[engine];
  const want = `${named} ${engine === 'webkit' ? v?.[0].split('.').slice(0, 2).join('.') : v?.[1]}`;
  if (table.includes(want)) continue;
  const line = `${engine}: README's browser table does not name "${want}", which ran`;
  if (requireAll) {
    total.failed += 1;
    failures.push(line);
  } else console.log(`note: ${line}`);
}
console.log('');
for (const engine of engines) {
  const { code, counts } = results[engine];
  for (const k of Object.keys(total)) total[k] += counts[k];
  // A run that exited non-zero with nothing counted as failed still failed.
  if (code !== 0 && !counts.failed && !process.env.HAVEN_GREP) {
    total.failed += 1;
    failures.push(`${engine}: wtr exited with code ${code}`);
  }
  failures.push(...(counts.failures ?? []));
  console.log(
    `  ${engine.padEnd(8)} ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
  );
}
for (const f of failures) console.log(`  FAIL  ${f}`);
console.log(
  `engines ran: ${engines.join(', ') || 'none'}; missing: ${missing.join(', ') || 'none'} ` +
    `(${((Date.now() - started) / 1000).toFixed(0)} s)`,
);
// For `npm test`, whose trust suite runs next and prints the combined closing line.
mkdirSync('.cache/test-counts', { recursive: true });
writeFileSync('.cache/test-counts/wtr.json', JSON.stringify(total));
console.log(`wtr: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exitCode = total.failed ? 1 : 0;
