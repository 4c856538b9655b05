// Finds the three browser engines the tests run in, without a path written into the code:
// an environment variable first, then what is installed (chrome-launcher knows where Chrome and
// Chromium live on Linux, macOS and Windows; Firefox and WebKitGTK are looked up on the PATH and
// in the system's library folders), then, on Debian or Ubuntu as root, Debian's packages.
//
//   Chromium  CHROME_PATH, else an installed Chrome/Chromium, else `apt-get install chromium`
//   Firefox   FIREFOX_PATH, else firefox-esr/firefox on the PATH or in the usual app folders,
//             else `apt-get install firefox-esr`
//   WebKit    WEBKIT_WEBDRIVER and WEBKIT_BROWSER (WebKitGTK's WebKitWebDriver and MiniBrowser),
//             else found in the system, else `apt-get install webkit2gtk-driver xvfb`; it needs
//             a display, so Xvfb too when DISPLAY is unset
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Launcher } from 'chrome-launcher';

const executable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The first of `names` on the PATH, or undefined. */
export function onPath(...names) {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of names)
    for (const dir of dirs) {
      const file = join(dir, process.platform === 'win32' ? `${name}.exe` : name);
      if (executable(file)) return file;
    }
  return undefined;
}

/** Can this process install Debian packages (Debian or Ubuntu, root, apt-get present)? */
export function canApt() {
  if (process.platform !== 'linux' || process.getuid?.() !== 0 || !onPath('apt-get')) return false;
  try {
    const os = readFileSync('/etc/os-release', 'utf8');
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(os);
  } catch {
    return false;
  }
}

let aptUpdated = false;
/** Installs Debian packages, printing one line; false if apt-get failed. */
export function aptInstall(packages) {
  console.error(`browsers: installing Debian's ${packages.join(', ')} (apt-get, as root)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    spawnSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    aptUpdated = true;
  }
  const r = spawnSync('apt-get', ['install', '-y', '-qq', ...packages], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  });
  return r.status === 0;
}

/** A path from an environment variable, which must point at a program. */
function fromEnv(name) {
  const file = process.env[name];
  if (!file) return undefined;
  if (!executable(file)) throw new Error(`${name}=${file} is not an executable file`);
  return file;
}

/** Chrome or Chromium: CHROME_PATH, else an installed one, else none. */
export function chromeInstalled() {
  const fromEnvironment = fromEnv('CHROME_PATH');
  if (fromEnvironment) return fromEnvironment;
  try {
    return Launcher.getInstallations()[0];
  } catch {
    return undefined; // chrome-launcher throws when it finds none
  }
}

/** Firefox: FIREFOX_PATH, else an installed one, else none. */
export function firefoxInstalled() {
  const apps = {
    darwin: ['/Applications/Firefox.app/Contents/MacOS/firefox'],
    win32: [process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)']]
      .filter(Boolean)
      .map((dir) => join(dir, 'Mozilla Firefox', 'firefox.exe')),
  };
  return (
    fromEnv('FIREFOX_PATH') ??
    onPath('firefox-esr', 'firefox') ??
    (apps[process.platform] ?? []).find(executable)
  );
}

/** WebKitGTK's MiniBrowser, in the multiarch library folder its package installs it in. */
function miniBrowser() {
  for (const lib of ['/usr/lib', '/usr/local/lib']) {
    if (!existsSync(lib)) continue;
    const dirs = [lib, ...readdirSync(lib).map((d) => join(lib, d))];
    for (const dir of dirs) {
      let names;
      try {
        names = readdirSync(dir);
      } catch {
        continue;
      }
      for (const name of names
        .filter((n) => /^webkit2?gtk-\d/.test(n))
        .sort()
        .reverse()) {
        const file = join(dir, name, 'MiniBrowser');
        if (executable(file)) return file;
      }
    }
  }
  return undefined;
}

/** WebKit: { driver, browser, xvfb } when WebKitWebDriver, MiniBrowser and a display exist. */
export function webkitInstalled() {
  const driver = fromEnv('WEBKIT_WEBDRIVER') ?? onPath('WebKitWebDriver');
  const browser = fromEnv('WEBKIT_BROWSER') ?? miniBrowser();
  const xvfb = process.env.DISPLAY ? undefined : onPath('Xvfb');
  if (!driver || !browser || (!process.env.DISPLAY && !xvfb)) return undefined;
  return { driver, browser, xvfb };
}

/** A closed network: no update, telemetry or captive-portal checks dialling out of Firefox. */
export const FIREFOX_PREFS = {
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'app.update.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'browser.safebrowsing.update.enabled': false,
};

export const ENGINES = {
  chromium: {
    label: 'Chromium',
    find: chromeInstalled,
    packages: ['chromium'],
    hint: 'install Google Chrome or Chromium (Debian/Ubuntu: apt-get install chromium), or set CHROME_PATH',
  },
  firefox: {
    label: 'Firefox',
    find: firefoxInstalled,
    packages: ['firefox-esr'],
    hint: 'install Firefox (Debian: apt-get install firefox-esr), or set FIREFOX_PATH',
  },
  webkit: {
    label: 'WebKit',
    find: webkitInstalled,
    packages: ['webkit2gtk-driver', 'xvfb'],
    hint: "install WebKitGTK's driver and Xvfb (Debian: apt-get install webkit2gtk-driver xvfb), or set WEBKIT_WEBDRIVER and WEBKIT_BROWSER",
  },
};

/**
 * The script's own arguments and, after a `--`, those it passes on to the test runner; run from
 * the project's root.
 */
export function scriptArgs(argv = process.argv.slice(2)) {
  process.chdir(fileURLToPath(new URL('../..', import.meta.url)));
  const split = argv.indexOf('--');
  return split < 0
    ? { own: argv, passOn: [] }
    : { own: argv.slice(0, split), passOn: argv.slice(split + 1) };
}

/**
 * The engines a command asks for: `--engines=a,b` among `args`, else HAVEN_ENGINES, else all
 * three. An unknown name stops the run.
 */
export function requestedEngines(args) {
  const names = (
    args.find((a) => a.startsWith('--engines='))?.slice(10) ??
    process.env.HAVEN_ENGINES ??
    Object.keys(ENGINES).join(',')
  )
    .split(',')
    .filter(Boolean);
  for (const name of names)
    if (!ENGINES[name]) throw new Error(`unknown engine "${name}" (chromium, firefox, webkit)`);
  return names;
}

/** webdriverio's options for a WebKitWebDriver on `port` that drives MiniBrowser `browser`. */
export function webkitSession(port, browser) {
  return {
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    connectionRetryCount: 0,
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] },
      'wdio:enforceWebDriverClassic': true,
    },
  };
}

/**
 * Finds every engine in `names`, installing the missing ones from Debian when it can.
 * Returns { found: { name: what }, missing: [name] }.
 */
export function findEngines(names = Object.keys(ENGINES), { install = canApt() } = {}) {
  const found = {};
  for (const name of names) found[name] = ENGINES[name].find();
  let missing = names.filter((n) => !found[n]);
  if (missing.length && install) {
    aptInstall(missing.flatMap((n) => ENGINES[n].packages));
    for (const name of missing) found[name] = ENGINES[name].find();
    missing = names.filter((n) => !found[n]);
  }
  for (const name of missing) delete found[name];
  return { found, missing };
}

/** The browser's own version line ("Chromium 156.0…", "Mozilla Firefox 153.8.0esr"). */
export function versionOf(name, what) {
  try {
    if (name === 'webkit') {
      // MiniBrowser has no --version; the WebKitGTK library's package version is the engine's.
      const out = execFileSync('dpkg-query', ['-W', '-f=${Version}', 'libwebkit2gtk-4.1-0'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      return `WebKitGTK ${out.split('-')[0]}`;
    }
    return execFileSync(what, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .split('\n')
      .at(-1);
  } catch {
    return ENGINES[name].label;
  }
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** Resolves once something accepts connections on the port (or rejects after `ms`). */
async function listening(port, ms = 20000) {
  const until = Date.now() + ms;
  for (;;) {
    const ok = await new Promise((done) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.end(), done(true)));
      socket.once('error', () => done(false));
    });
    if (ok) return;
    if (Date.now() > until) throw new Error(`nothing listens on port ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Starts Xvfb on a display it picks itself; resolves { display, stop }. */
function startXvfb(xvfb) {
  return new Promise((done, fail) => {
    const child = spawn(
      xvfb,
      ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
      {
        stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
      },
    );
    let out = '';
    child.on('error', fail);
    child.on('exit', (code) => fail(new Error(`Xvfb exited (${code})`)));
    child.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n'))
        done({ display: `:${out.trim()}`, stop: () => child.kill('SIGTERM') });
    });
  });
}

/**
 * Starts what WebKit needs to be driven: Xvfb (unless DISPLAY is set) and WebKitWebDriver on a
 * free local port. Resolves { display, port, stop }; `stop` ends both.
 */
export async function startWebKitDriver({ driver, xvfb }) {
  const stops = [];
  const stop = () => stops.reverse().forEach((fn) => fn());
  try {
    let display = process.env.DISPLAY;
    if (!display) {
      const x = await startXvfb(xvfb);
      stops.push(x.stop);
      display = x.display;
    }
    const port = await freePort();
    const wd = spawn(driver, [`--port=${port}`], {
      stdio: 'ignore',
      env: { ...process.env, DISPLAY: display },
    });
    stops.push(() => wd.kill('SIGTERM'));
    await listening(port);
    return { display, port, stop };
  } catch (err) {
    stop();
    throw err;
  }
}
