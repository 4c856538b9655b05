// The one Chromium every browser run uses (tests, the trust suite, the benchmark): CHROME_PATH,
// else an installed Chrome or Chromium, else Debian's package installed on Debian/Ubuntu as
// root; otherwise the run stops at once with one line saying what to install (scripts/lib/browsers.js).
// Without the background-networking flags Chromium keeps dialling out, which a closed network
// refuses.
import { ENGINES, findEngines } from './browsers.js';

function findChrome() {
  const { found } = findEngines(['chromium']);
  if (found.chromium) return found.chromium;
  console.error(`No Chrome or Chromium found: ${ENGINES.chromium.hint}.`);
  process.exit(1);
}

export const CHROME_PATH = findChrome();
// Later runs in child processes (wtr, the trust suite) find it at once.
process.env.CHROME_PATH = CHROME_PATH;

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
