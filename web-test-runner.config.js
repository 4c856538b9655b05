// @web/test-runner: the tests run against the TypeScript sources in one engine per run,
// HAVEN_ENGINE=chromium (the default), firefox or webkit. `npm test` runs every engine it finds,
// one after another, through scripts/test-browsers.js (which starts WebKit's driver and Xvfb).
import { mkdirSync, writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { loadTs } from './scripts/lib/load-ts.js';
import { browserLauncher, engineCommands } from './scripts/lib/engines.js';

// Lets a browser test ask Node to pre-render HTML with the real server renderer.
let ssr;
const prerenderCommand = {
  name: 'haven-prerender-command',
  async executeCommand({ command, payload }) {
    if (command !== 'haven-prerender') return undefined;
    ssr ??= loadTs('src/ssr.ts');
    return (await ssr).prerender(payload.html);
  },
};

// Commands the tests ask of the engine through its automation protocol (see engineCommands).
const engine = process.env.HAVEN_ENGINE ?? 'chromium';

// Prints the plain closing line CI reads ("wtr (engine): N passed, N failed, N skipped") and each
// failure with its engine, file and test.
function closingLineReporter() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const failures = [];
  const failedTests = [];
  const count = (suite, file, path) => {
    for (const t of suite.tests) {
      if (t.skipped) skipped += 1;
      else if (t.passed) passed += 1;
      // Left out by HAVEN_GREP: mocha reports it neither passed nor failed, with no error.
      else if (process.env.HAVEN_GREP && !t.error) skipped += 1;
      else {
        failed += 1;
        const why = (t.error?.message ?? '').split('\n')[0];
        const test = [...path, t.name].join(' > ');
        failures.push(`${engine}: ${file} > ${test}: ${why}`);
        failedTests.push({ file, test, why });
      }
    }
    for (const s of suite.suites) count(s, file, [...path, s.name]);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        const file = session.testFile.replace(`${process.cwd()}/`, '');
        const before = failed;
        if (session.testResults) count(session.testResults, file, []);
        // A test file that failed with no failing test in it counts as a failure, not as
        // nothing: one that did not load, or one whose page threw or timed out around its tests
        // (the runner then exits non-zero while every test it counted passed).
        if (!session.passed && failed === before) {
          failed += 1;
          const loaded = session.testResults?.tests.length || session.testResults?.suites.length;
          const why =
            session.errors?.[0]?.message?.split('\n')[0] ??
            (loaded ? 'the file failed around its tests, with no error given' : 'did not run');
          const test = loaded ? '(the file, outside its tests)' : '(the file did not load)';
          failures.push(`${engine}: ${file} > ${test}: ${why}`);
          failedTests.push({ file, test, why });
        }
      }
    },
    stop() {
      // The runner's dynamic terminal redraws over anything written now, so write at exit.
      process.once('exit', () => {
        // scripts/test-browsers.js lists every engine's failures together at the end.
        if (!process.env.HAVEN_DRIVER)
          for (const f of failures) process.stdout.write(`\nFAIL  ${f}`);
        process.stdout.write(
          `\nwtr (${engine}): ${passed} passed, ${failed} failed, ${skipped} skipped\n`,
        );
        // For scripts/test-browsers.js, which adds up every engine's run.
        mkdirSync('.cache/test-counts', { recursive: true });
        writeFileSync(
          `.cache/test-counts/wtr-${engine}.json`,
          JSON.stringify({ passed, failed, skipped, failures, failedTests }),
        );
      });
    },
  };
}

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a background tab gets no animation frames and no focus.
  concurrency: 1,
  // HAVEN_GREP: only the tests whose names match (mocha's grep), e.g. while fixing one engine.
  // The bounds below are for a hang, not for speed: a test or a file that is only slow (WebKit
  // running axe over five examples twice on a loaded 2-core machine took over 10 s per test and
  // over 60 s per file in the repeat run) still passes; one that never ends fails with its name.
  testFramework: {
    config: { timeout: 30000, ...(process.env.HAVEN_GREP ? { grep: process.env.HAVEN_GREP } : {}) },
  },
  testsFinishTimeout: 180000,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    // The accessibility tree Chromium exposes to screen readers, for name and role checks.
    a11ySnapshotPlugin(),
    prerenderCommand,
    engineCommands(engine),
  ],
  browsers: [await browserLauncher(engine)],
  reporters: [defaultReporter(), closingLineReporter()],
};
