// The @web/test-runner side of the three engines: a launcher per engine, and the commands the
// tests ask of the browser through its automation protocol, each done in every engine where the
// protocol allows it.
//
//   chromium  @web/test-runner-chrome (puppeteer-core over the DevTools protocol)
//   firefox   @web/test-runner-puppeteer (puppeteer over WebDriver BiDi)
//   webkit    @web/test-runner-webdriver (webdriverio to WebKitWebDriver, which drives WebKitGTK's
//             MiniBrowser; scripts/test-browsers.js starts the driver and Xvfb and passes
//             WEBKIT_WEBDRIVER_PORT)
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { ENGINES, FIREFOX_PREFS, webkitSession } from './browsers.js';

export async function browserLauncher(engine) {
  if (engine === 'chromium') {
    const { CHROME_ARGS, CHROME_PATH } = await import('./chromium.js');
    return chromeLauncher({
      launchOptions: { executablePath: CHROME_PATH, headless: true, args: CHROME_ARGS },
    });
  }
  if (engine === 'firefox') {
    const executablePath = ENGINES.firefox.find();
    if (!executablePath) throw new Error(`No Firefox found: ${ENGINES.firefox.hint}.`);
    return puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath,
        headless: true,
        extraPrefsFirefox: FIREFOX_PREFS,
      },
    });
  }
  if (engine === 'webkit') {
    const webkit = ENGINES.webkit.find();
    const port = Number(process.env.WEBKIT_WEBDRIVER_PORT);
    if (!webkit || !port)
      throw new Error(
        'WebKit runs through `node scripts/test-browsers.js --engines=webkit`, which starts its driver',
      );
    return webdriverLauncher(webkitSession(port, webkit.browser));
  }
  throw new Error(`unknown engine "${engine}" (chromium, firefox or webkit)`);
}

/** The element a test marked data-haven-ax="i", found through open shadow roots. */
function markedElement(i) {
  const walk = (root) => {
    const hit = root.querySelector(`[data-haven-ax="${i}"]`);
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) {
      const found = el.shadowRoot && walk(el.shadowRoot);
      if (found) return found;
    }
    return null;
  };
  return walk(document);
}

/**
 * Commands for the tests, one name each whatever the engine:
 *   haven-engine         which engine this is
 *   haven-ax             [{ role, name }] a screen reader gets for the elements marked
 *                        data-haven-ax="0".."count-1": Chromium's accessibility tree over CDP,
 *                        WebKit's through WebDriver's computed role and label; false in Firefox
 *                        (tests/helpers.ts axOf() says what it does then)
 *   haven-tap            a tap with a touch pointer at { x, y }
 *   haven-shift-type     WebKit: types capitals with Shift held (its driver types "A" as "a")
 *   haven-forced-colors  emulates forced colours; false where the protocol cannot
 *   haven-listeners      listeners on the document by type, as DevTools counts them (Chromium);
 *                        false elsewhere
 *   haven-viewport       sets the viewport (the WebDriver engines have no built-in command)
 *   haven-media          emulates a media type; false where the protocol cannot
 *   haven-clipboard      grants this page's origin the real clipboard (Chromium); false elsewhere
 */
export function engineCommands(engine) {
  const cdpSessions = new WeakMap();
  const cdp = async (page) => {
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    return cdpSessions.get(page);
  };
  return {
    name: 'haven-engine-commands',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('haven-') || command === 'haven-prerender') return undefined;
      if (command === 'haven-engine') return engine;
      if (engine === 'webkit') return webdriverCommand(session.browser.driver, command, payload);
      const page = session.browser.getPage(session.id);
      if (command === 'haven-ax') {
        // Firefox: WebDriver BiDi's accessibility locator does not enter shadow roots.
        if (engine !== 'chromium') return false;
        const out = [];
        for (let i = 0; i < payload.count; i += 1) {
          const handle = await page.evaluateHandle(markedElement, i);
          try {
            const node = await page.accessibility.snapshot({
              root: handle,
              interestingOnly: false,
            });
            out.push({ role: node?.role ?? '', name: node?.name ?? '' });
          } finally {
            await handle.dispose();
          }
        }
        return out;
      }
      if (command === 'haven-tap') {
        await page.touchscreen.tap(payload.x, payload.y);
        return true;
      }
      if (command === 'haven-viewport') {
        await page.setViewport(payload);
        return payload;
      }
      if (command === 'haven-media') {
        // Firefox: puppeteer emulates media types over CDP only.
        if (engine !== 'chromium') return false;
        await page.emulateMediaType(payload.media);
        return true;
      }
      if (command === 'haven-clipboard') {
        // The plan's "Copy as text": headless Chromium grants no clipboard access until asked.
        if (engine !== 'chromium') return false;
        await page
          .browserContext()
          .overridePermissions(new URL(page.url()).origin, [
            'clipboard-read',
            'clipboard-write',
            'clipboard-sanitized-write',
          ]);
        return true;
      }
      if (command === 'haven-forced-colors') {
        if (engine !== 'chromium') return false;
        await (
          await cdp(page)
        ).send('Emulation.setEmulatedMedia', {
          features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
        });
        return true;
      }
      if (command === 'haven-listeners') {
        if (engine !== 'chromium') return false;
        const session = await cdp(page);
        const { result } = await session.send('Runtime.evaluate', { expression: 'document' });
        const { listeners } = await session.send('DOMDebugger.getEventListeners', {
          objectId: result.objectId,
        });
        await session.send('Runtime.releaseObject', { objectId: result.objectId });
        return listeners.filter((l) => l.type === payload.type).length;
      }
      throw new Error(`unknown command ${command}`);
    },
  };
}

async function webdriverCommand(driver, command, payload) {
  if (command === 'haven-ax') {
    const out = [];
    for (let i = 0; i < payload.count; i += 1) {
      const el = await driver.execute(markedElement, i);
      const id = el['element-6066-11e4-a52e-4f735466cecf'] ?? el.ELEMENT;
      out.push({
        role: await driver.getElementComputedRole(id),
        name: await driver.getElementComputedLabel(id),
      });
    }
    return out;
  }
  if (command === 'haven-tap') {
    // A touch pointer through WebDriver actions (WebKitGTK's driver delivers it as a mouse).
    await driver.performActions([
      {
        type: 'pointer',
        id: 'finger',
        parameters: { pointerType: 'touch' },
        actions: [
          { type: 'pointerMove', duration: 0, x: payload.x, y: payload.y },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ]);
    await driver.releaseActions();
    return true;
  }
  if (command === 'haven-shift-type') {
    // Capitals typed as a person types them: Shift held down around the letters.
    const letters = [...payload.text.toLowerCase()];
    await driver.performActions([
      {
        type: 'key',
        id: 'keyboard',
        actions: [
          { type: 'keyDown', value: '\uE008' },
          ...letters.flatMap((k) => [
            { type: 'keyDown', value: k },
            { type: 'keyUp', value: k },
          ]),
          { type: 'keyUp', value: '\uE008' },
        ],
      },
    ]);
    await driver.releaseActions();
    return true;
  }
  if (
    command === 'haven-listeners' ||
    command === 'haven-forced-colors' ||
    command === 'haven-media' ||
    command === 'haven-clipboard'
  )
    return false;
  if (command === 'haven-viewport') {
    // WebDriver sizes the window; the frame around the page is the difference.
    const [dw, dh] = await driver.execute(() => [
      window.outerWidth - window.innerWidth,
      window.outerHeight - window.innerHeight,
    ]);
    // The window may stop short of the size asked for (WebKitGTK's MiniBrowser has a minimum
    // width): the page is told the size it will get, and waits until it has it.
    const rect = await driver.setWindowRect(null, null, payload.width + dw, payload.height + dh);
    return { width: rect.width - dw, height: rect.height - dh };
  }
  throw new Error(`unknown command ${command}`);
}
