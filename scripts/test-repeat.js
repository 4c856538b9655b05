#!/usr/bin/env node
// The repeat run, for a test suspected of flaking: runs the browser suite N times in each engine
// while the machine is kept busy, then prints every test that failed in any run, with how many
// runs it failed in. Not part of `npm test` or CI (it takes N times as long).
//
//   npm run test:repeat                                   5 runs in every engine found
//   npm run test:repeat -- --runs=10 --engines=webkit     10 runs in WebKit
//   npm run test:repeat -- --busy=0 -- --files tests/ssr.test.ts
//                                                         no load; one file (after the second --)
//
// --busy=K: K processes spin on the CPU for as long as the runs last (default: one fewer than the
// cores, so one core is left for the browser and the runner). Each spins in slices of 50 ms and
// stops when this script ends, or after --busy-limit seconds (default 7200), whichever is first.
// The last line is "repeat: R runs, F with a failure, T tests failed in at least one run".
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { ENGINES, findEngines, requestedEngines, scriptArgs } from './lib/browsers.js';

const root = resolve(import.meta.dirname, '..');
const { own, passOn } = scriptArgs();
const option = (name, fallback) => {
  const arg = own.find((a) => a.startsWith(`--${name}=`));
  if (!arg) return fallback;
  const value = Number(arg.slice(name.length + 3));
  if (!Number.isInteger(value) || value < 0) {
    console.error(`repeat: --${name} takes a whole number, not "${arg.slice(name.length + 3)}"`);
    process.exit(2);
  }
  return value;
};
const runs = option('runs', 5) || 1;
const busy = option('busy', Math.max(0, availableParallelism() - 1));
const busyLimit = option('busy-limit', 7200);

const { found, missing } = findEngines(requestedEngines(own));
const engines = requestedEngines(own).filter((n) => found[n]);
if (!engines.length) {
  console.error(`repeat: no engine to run (missing: ${missing.join(', ')})`);
  process.exit(1);
}

// The load: a bounded busy loop per process, ended with this script.
const spinner = `
const end = Date.now() + ${busyLimit * 1000};
const spin = () => { const stop = Date.now() + 50; while (Date.now() < stop); if (Date.now() < end) setImmediate(spin); else process.exit(0); };
process.on('disconnect', () => process.exit(0));
spin();`;
const hogs = Array.from({ length: busy }, () =>
  spawn(process.execPath, ['-e', spinner], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] }),
);
const stopHogs = () => hogs.forEach((h) => h.connected && h.disconnect());
process.on('exit', stopHogs);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));
console.log(
  `repeat: ${runs} run(s) in ${engines.join(', ')}, with ${busy} busy process(es) on ${availableParallelism()} cores` +
    (missing.length ? `; missing: ${missing.join(', ')}` : ''),
);

/** One run of the browser suite in one engine; resolves its counts (see web-test-runner.config.js). */
function runOnce(engine) {
  const countsFile = resolve(root, `.cache/test-counts/wtr-${engine}.json`);
  rmSync(countsFile, { force: true });
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      ['scripts/test-browsers.js', `--engines=${engine}`, '--', ...passOn],
      { stdio: ['ignore', 'pipe', 'pipe'], env: process.env },
    );
    let log = '';
    const keep = (chunk) => (log += chunk);
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('exit', (code) => {
      const tail = log.slice(-4000);
      if (existsSync(countsFile)) {
        const counts = JSON.parse(readFileSync(countsFile, 'utf8'));
        // A run that exited non-zero with no failing test named still failed: say so, with the
        // last line it printed, and keep its whole output to read.
        if (code && !counts.failedTests?.length) {
          const saved = resolve(root, `.cache/repeat/${engine}-${Date.now()}.log`);
          mkdirSync(dirname(saved), { recursive: true });
          writeFileSync(saved, log);
          counts.failedTests = [
            {
              file: '(the run)',
              test: `exited with code ${code}, no failing test named`,
              why: `${tail.trim().split('\n').pop()} (whole output: ${saved.replace(`${root}/`, '')})`,
            },
          ];
        }
        return done({ code, ...counts });
      }
      done({
        code,
        passed: 0,
        failed: 1,
        skipped: 0,
        failedTests: [
          {
            file: '(the run)',
            test: `stopped with code ${code}`,
            why: tail.trim().split('\n').pop(),
          },
        ],
      });
    });
  });
}

const started = Date.now();
const failedIn = new Map(); // "engine: file > test" → { runs, why }
let runsWithFailure = 0;
for (const engine of engines) {
  console.log(`\n=== ${ENGINES[engine].label}: ${runs} run(s) ===`);
  for (let i = 1; i <= runs; i += 1) {
    const t = Date.now();
    const r = await runOnce(engine);
    const list = r.failedTests ?? [];
    if (r.failed || list.length || r.code) runsWithFailure += 1;
    for (const f of list) {
      const key = `${engine}: ${f.file} > ${f.test}`;
      const seen = failedIn.get(key) ?? { runs: 0, why: f.why };
      seen.runs += 1;
      failedIn.set(key, seen);
    }
    console.log(
      `  ${engine} run ${i}/${runs}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped ` +
        `(${((Date.now() - t) / 1000).toFixed(0)} s)`,
    );
  }
}
stopHogs();

const total = engines.length * runs;
console.log(
  `\nrepeat: tests that failed in any run (${((Date.now() - started) / 60000).toFixed(1)} min)`,
);
if (!failedIn.size) console.log('  none');
for (const [key, { runs: n, why }] of [...failedIn].sort((a, b) => b[1].runs - a[1].runs))
  console.log(`  ${n} of ${runs} runs  ${key}\n      ${why}`);
console.log(
  `repeat: ${total} runs, ${runsWithFailure} with a failure, ${failedIn.size} tests failed in at least one run`,
);
process.exitCode = runsWithFailure ? 1 : 0;
