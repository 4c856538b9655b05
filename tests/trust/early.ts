/**
 * Loaded as a classic script in <head>, before any module (so before `dist/haven.js`): records
 * everything that must never happen on a page with the widgets, from the very first moment.
 * Bundled by `node/site.js` to `/trust/early.js`; a file, because a strict CSP forbids inline scripts.
 */
export interface TrustLog {
  /** Ids of payloads that executed (see `payloads.ts`). */
  canary: string[];
  /** Uncaught exceptions and unhandled promise rejections. */
  errors: string[];
  /** `securitypolicyviolation` events of the enforced policy. */
  csp: string[];
  /**
   * Addresses the report-only policy of the open-CSP pages saw the page reach for on another
   * origin (REPORT_ONLY_CSP in node/context.js): how WebKit, whose driver cannot watch requests,
   * sees a request leave 127.0.0.1.
   */
  offsite: string[];
  /** Every console.warn, in order. */
  warnings: string[];
  /** Every console.error, in order. */
  consoleErrors: string[];
  /** history.length and the address before any widget ran. */
  start: { history: number; href: string };
}

declare global {
  interface Window {
    __havenCanary: (id: unknown) => void;
    __havenTrustLog: TrustLog;
  }
}

const log: TrustLog = {
  canary: [],
  errors: [],
  csp: [],
  offsite: [],
  warnings: [],
  consoleErrors: [],
  start: { history: history.length, href: location.href },
};
window.__havenTrustLog = log;
window.__havenCanary = (id) => {
  log.canary.push(String(id));
};

const describe = (value: unknown): string =>
  value instanceof Error ? `${value.name}: ${value.message}` : String(value);

window.addEventListener('error', (e) => {
  log.errors.push(`${describe(e.error ?? e.message)} (${e.filename}:${e.lineno})`);
});
window.addEventListener('unhandledrejection', (e) => {
  log.errors.push(`unhandled rejection: ${describe(e.reason)}`);
});
// Violations bubble (composed) to the document; capture on window sees them first.
window.addEventListener(
  'securitypolicyviolation',
  (e) => {
    if (e.disposition === 'report') {
      if (/^(https?|wss?):/.test(e.blockedURI)) log.offsite.push(e.blockedURI);
      return;
    }
    log.csp.push(
      `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
    );
  },
  true,
);

const text = (args: unknown[]) =>
  args.map((a) => (typeof a === 'string' ? a : describe(a))).join(' ');
// Recorded, not forwarded: the hostile runs log thousands of distinct warnings, and a console
// message holding an object would keep that object alive for DevTools (a false leak).
console.warn = (...args: unknown[]) => {
  log.warnings.push(text(args));
};
console.error = (...args: unknown[]) => {
  log.consoleErrors.push(text(args));
};
