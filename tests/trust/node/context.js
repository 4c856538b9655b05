// The trust suite's shared state and reporting: the running browser and servers, the pages'
// folder, and the node:test context each check is a subtest of.
import { resolve } from 'node:path';
import { check as checkIn } from '../../../scripts/lib/checks.js';

export const root = resolve(import.meta.dirname, '../../..');

/** Set by trust.test.js before the sections run. */
export const ctx = {
  root,
  site: resolve(root, '.cache/trust/site'),
  outDir: resolve(root, 'tests/trust/out'),
  /** The engine the sections run in now: chromium, firefox or webkit. */
  engine: 'chromium',
  /** puppeteer's Browser; for WebKit, node/webkit.js's stand-in. */
  browser: undefined,
  /** What the servers hear: every request, with its response headers once sent. */
  served: { requests: [], pending: new Set() },
  /** The server with the strict Content-Security-Policy, and the one with an open policy. */
  strict: undefined,
  open: undefined,
  /** Writes a test page (site.js). */
  pageHtml: undefined,
  /** The running section's node:test context: checks are its subtests. */
  t: undefined,
};

/** The policy the issue names; the server sends a stricter superset (STRICT_CSP). */
export const REQUIRED_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
];
/** For the hostile-input pages only: lets an injected payload really run, so the canary sees it. */
export const OPEN_CSP = "default-src * 'unsafe-inline' 'unsafe-eval' data: blob:";
/**
 * Sent with OPEN_CSP as Content-Security-Policy-Report-Only: blocks nothing, but reports every
 * load from another origin to the page (early.ts, `offsite`).
 */
export const REPORT_ONLY_CSP = "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:";

// ---------------------------------------------------------------------------------------------
// Reporting

/** One check: a node:test subtest of the running section (`ctx.t`). */
export const check = (name, failures) => checkIn(ctx.t, name, failures);
/** A line under the running section's result (figures a check name does not carry). */
export const note = (line) => ctx.t.diagnostic(line);
export const flatten = (results) =>
  results.flatMap((r) => r.failures.map((f) => `${r.label}: ${f}`));
export const duplicates = (lines) => [
  ...new Set(lines.filter((l, i) => lines.indexOf(l) !== i).map((l) => `said twice: ${l}`)),
];
