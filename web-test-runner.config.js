// @web/test-runner: the tests run against the TypeScript sources in Debian's Chromium.
import { mkdirSync, writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { loadTs } from './scripts/lib/load-ts.js';
import { CHROME_ARGS, CHROME_PATH } from './scripts/lib/chromium.js';

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

// Chromium-only commands for the table tests. haven-ax-tree: the whole accessibility tree, roles
// included (a11ySnapshot keeps only "interesting" nodes, named leaves and controls, so it drops
// the table, row and cell roles). haven-forced-colors: emulates forced colours, which
// emulateMedia cannot do with puppeteer.
const cdpSessions = new WeakMap();
const chromiumCommands = {
  name: 'haven-chromium-commands',
  async executeCommand({ command, payload, session }) {
    const page = session.browser.getPage(session.id);
    if (command === 'haven-ax-tree') return page.accessibility.snapshot({ interestingOnly: false });
    if (command === 'haven-forced-colors') {
      if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
      await cdpSessions.get(page).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    }
    if (command === 'haven-clipboard') {
      // The real clipboard, for the plan's "Copy as text": headless Chromium grants a page no
      // clipboard access until asked, so the test asks for this page's origin only.
      const origin = new URL(page.url()).origin;
      await page
        .browserContext()
        .overridePermissions(origin, [
          'clipboard-read',
          'clipboard-write',
          'clipboard-sanitized-write',
        ]);
      return true;
    }
    if (command === 'haven-listeners') {
      // Listeners on the document by event type, as DevTools sees them (the quick-exit tests).
      if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
      const cdp = cdpSessions.get(page);
      const { result } = await cdp.send('Runtime.evaluate', { expression: 'document' });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
        objectId: result.objectId,
      });
      await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
      return listeners.filter((l) => l.type === payload.type).length;
    }
    return undefined;
  },
};

// Prints the plain closing line CI reads ("wtr: N passed, N failed, N skipped").
function closingLineReporter() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const count = (suite) => {
    for (const t of suite.tests) {
      if (t.skipped) skipped += 1;
      else if (t.passed) passed += 1;
      else failed += 1;
    }
    for (const s of suite.suites) count(s);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        if (session.testResults) count(session.testResults);
        // A test file that failed to load counts as a failure, not as nothing.
        if (
          !session.passed &&
          !session.testResults?.tests.length &&
          !session.testResults?.suites.length
        )
          failed += 1;
      }
    },
    stop() {
      // The runner's dynamic terminal redraws over anything written now, so write at exit.
      process.once('exit', () => {
        process.stdout.write(`\nwtr: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
        // For `npm test`, whose trust suite runs next and prints the combined closing line.
        mkdirSync('.cache/test-counts', { recursive: true });
        writeFileSync('.cache/test-counts/wtr.json', JSON.stringify({ passed, failed, skipped }));
      });
    },
  };
}

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a background tab gets no animation frames and no focus.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 600000,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    // The accessibility tree Chromium exposes to screen readers, for name and role checks.
    a11ySnapshotPlugin(),
    prerenderCommand,
    chromiumCommands,
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROME_PATH,
        headless: true,
        args: CHROME_ARGS,
      },
    }),
  ],
  reporters: [defaultReporter(), closingLineReporter()],
};
