// The one Chromium every browser run uses (tests, the trust suite, the benchmark): Debian's
// package, or CHROME_PATH. Without the background-networking flags Chromium keeps dialling out,
// which this machine's closed network refuses.
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
