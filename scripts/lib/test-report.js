// A node:test reporter for the suites that drive browsers or a server from Node (the trust suite,
// the WordPress test): node's own spec output, then the plain line "<suite>: N passed, N failed"
// (and ", N skipped" when any were), where <suite> is the test file's name without ".test.js".
//
//   node --test-reporter=./scripts/lib/test-report.js tests/trust/trust.test.js [--merge]
//
// A check is a test without subtests. A test or suite with subtests counts once more only when it
// failed by itself (an exception outside its checks, a hook that failed), not for a failed check.
// With --merge (`npm test`) it then adds the counts scripts/test-browsers.js wrote to
// .cache/test-counts/wtr.json and prints the closing line of the whole run, "N passed, N failed".
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { spec } from 'node:test/reporters';

const root = resolve(import.meta.dirname, '../..');

export default async function* report(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  /** children[n]: results seen at depth n + 1 since the last result at depth n. */
  const children = [];
  const tally = ({ type, data }) => {
    if (type !== 'test:pass' && type !== 'test:fail') return;
    const depth = data.nesting;
    const parent = (children[depth] ?? 0) > 0;
    children[depth] = 0;
    if (depth > 0) children[depth - 1] = (children[depth - 1] ?? 0) + 1;
    const own = data.details?.error?.failureType !== 'subtestsFailed';
    if (data.skip || data.todo) counts.skipped += 1;
    else if (type === 'test:fail' && own) counts.failed += 1;
    else if (type === 'test:pass' && !parent && data.details?.type !== 'suite') counts.passed += 1;
  };
  const out = new spec();
  const feeding = (async () => {
    for await (const event of source) {
      tally(event);
      out.write(event);
    }
    out.end();
  })();
  for await (const chunk of out) yield chunk;
  await feeding;

  const suite = basename(process.argv[1] ?? 'tests').replace(/\.test\.js$/, '');
  const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
  yield `${suite}: ${counts.passed} passed, ${counts.failed} failed${skipped}\n`;
  const wtrFile = resolve(root, '.cache/test-counts/wtr.json');
  if (process.argv.includes('--merge') && existsSync(wtrFile)) {
    const wtr = JSON.parse(readFileSync(wtrFile, 'utf8'));
    rmSync(wtrFile);
    const allSkipped = wtr.skipped + counts.skipped;
    if (allSkipped) yield `(${allSkipped} skipped)\n`;
    // The plain closing line of `npm test`: every browser test and every check here.
    yield `${wtr.passed + counts.passed} passed, ${wtr.failed + counts.failed} failed\n`;
  }
}
