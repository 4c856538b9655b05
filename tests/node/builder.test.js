// The builder (dist/builder.html) in Chromium, served like `npm start` serves it, under the strict
// Content-Security-Policy: the form is generated from custom-elements.json, choosing options
// changes the preview (the real element) and the snippet, and the snippet pasted into a blank
// page renders the same element. `npm test` builds first; alone: npm run build && node --test
// tests/node/builder.test.js
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { elementsFromManifest } from '../../builder/model.js';
import { startServer } from '../../scripts/lib/server.js';
import { CHROME_ARGS, CHROME_PATH } from '../../scripts/lib/chromium.js';
import { rendered, waitFor } from './lib/wait.js';

const root = resolve(import.meta.dirname, '../..');
const elements = elementsFromManifest(
  JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8')),
);
const integrity = JSON.parse(readFileSync(resolve(root, 'dist/manifest.json'), 'utf8')).files.find(
  (f) => f.file === 'haven.js',
).integrity;
const blank = mkdtempSync(join(tmpdir(), 'haven-builder-'));

let server;
let url;
let browser;
before(async () => {
  ({ server, url } = await startServer({
    mounts: {
      '/dist/': resolve(root, 'dist'),
      '/axe/': resolve(root, 'node_modules/axe-core'),
      '/pasted/': blank,
    },
  }));
  browser = await puppeteer.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: CHROME_ARGS,
  });
  await browser
    .defaultBrowserContext()
    .overridePermissions(url.slice(0, -1), ['clipboard-read', 'clipboard-sanitized-write']);
});
after(async () => {
  await browser?.close();
  server?.close();
  rmSync(blank, { recursive: true, force: true });
});

/** Opens a page and records console errors, CSP violations and requests to other origins. */
async function open(path) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => {
    // A blank page has no icon: the browser's own request for /favicon.ico is not the page's.
    if (m.type() === 'error' && !m.location()?.url?.endsWith('/favicon.ico'))
      problems.push(`console: ${m.text()} ${m.location()?.url ?? ''}`);
  });
  page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  page.on('request', (r) => !r.url().startsWith(url) && problems.push(`request: ${r.url()}`));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP blocked ${e.blockedURI || e.violatedDirective}`),
    );
  });
  await page.goto(url + path, { waitUntil: 'load' });
  // The builder fills its element menu from custom-elements.json once its module has run.
  if (path.endsWith('builder.html'))
    await waitFor(
      page,
      "the builder's element list filled",
      () => document.querySelectorAll('#element option').length > 0,
    );
  return { page, problems };
}

/** The element's rendered text, through its shadow roots (what a visitor reads). */
const renderedText = (page, selector) =>
  page.$eval(selector, (el) => {
    const deep = (n) =>
      (n.nodeType === Node.TEXT_NODE && n.parentElement?.localName !== 'style' ? n.data : '') +
      [...(n.shadowRoot?.childNodes ?? []), ...n.childNodes].map(deep).join('');
    return deep(el).replace(/\s+/g, ' ').trim();
  });

const value = (page, name) => page.$eval(`[name="${name}"]`, (t) => t.value);

test('every element in custom-elements.json is offered, with its attributes as fields', async () => {
  const { page, problems } = await open('dist/builder.html');
  const offered = await page.$$eval('#element option', (o) => o.map((x) => x.value));
  assert.deepEqual(offered.sort(), elements.map((e) => e.tag).sort());
  for (const element of elements) {
    await page.select('#element', element.tag);
    const fields = await page.$$eval('[data-attribute]', (c) =>
      c.map((x) => [x.name, x.type || x.localName]),
    );
    assert.deepEqual(
      fields.map(([n]) => n),
      Object.keys(element.attributes),
      `${element.tag}: one field per attribute`,
    );
    for (const [name, type] of fields) {
      const kind = element.attributes[name].kind;
      if (kind === 'boolean') assert.equal(type, 'checkbox', `${element.tag} ${name}`);
      if (kind === 'enum') assert.equal(type, 'select-one', `${element.tag} ${name}`);
    }
    await waitFor(
      page,
      `the preview of <${element.tag}> rendered`,
      (tag) => document.querySelector(`#preview > ${tag}`)?.shadowRoot,
      { args: [element.tag] },
    );
    await rendered(page, `#preview > ${element.tag}`);
    assert.match(await value(page, 'snippet'), new RegExp(`<${element.tag}[ >]`));
    assert.match(await value(page, 'shortcode'), new RegExp(`^\\[haven element="${element.name}"`));
  }
  assert.deepEqual(problems, []);
  await page.close();
});

// Elements with a choice, a yes/no and a text attribute: what the test changes.
const samples = elements.filter((e) => {
  const kinds = Object.values(e.attributes).map((a) => a.kind);
  return kinds.includes('enum') && kinds.includes('boolean') && kinds.includes('text');
});

test('choosing options changes the preview and the snippet; the pasted snippet renders the same', async () => {
  assert.ok(samples.length, 'an element with a choice, a boolean and a text attribute');
  let textChanged = 0;
  for (const sample of samples) {
    const [choice] = Object.entries(sample.attributes).find(([, a]) => a.kind === 'enum');
    const choiceValue = sample.attributes[choice].enum.at(-1);
    const [flag] = Object.entries(sample.attributes).find(([, a]) => a.kind === 'boolean');
    const [text] = Object.entries(sample.attributes).find(([, a]) => a.kind === 'text');
    const { page, problems } = await open('dist/builder.html');
    await page.select('#element', sample.tag);
    const before = await value(page, 'snippet');
    const previewBefore = await renderedText(page, `#preview > ${sample.tag}`);

    await page.select(`[name="${choice}"]`, choiceValue);
    await page.click(`[name="${flag}"]`);
    await page.type(`[name="${text}"]`, 'Chosen "words" & <more>');
    await page.select('#lang', 'en');

    const snippet = await value(page, 'snippet');
    assert.notEqual(snippet, before);
    assert.ok(
      snippet.includes(`integrity="${integrity}"`),
      'the script carries the manifest integrity',
    );
    assert.ok(snippet.includes(`${choice}="${choiceValue}"`), snippet);
    assert.match(snippet, new RegExp(` ${flag}[ >]`));
    assert.ok(snippet.includes(`${text}="Chosen &quot;words&quot; &amp; &lt;more>"`), snippet);
    const shortcode = await value(page, 'shortcode');
    assert.ok(shortcode.includes(`${choice}="${choiceValue}"`), shortcode);
    assert.match(shortcode, new RegExp(` ${flag}( |\\])`));

    const attrs = await page.$eval(`#preview > ${sample.tag}`, (el) =>
      Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
    );
    assert.equal(attrs[choice], choiceValue);
    assert.equal(attrs[flag], '');
    assert.equal(attrs[text], 'Chosen "words" & <more>');
    assert.equal(attrs.lang, 'en');
    const previewText = await renderedText(page, `#preview > ${sample.tag}`);
    if (previewText !== previewBefore) textChanged += 1;

    // Copy puts the snippet on the clipboard and says so (by keyboard).
    await page.focus('[data-copy="snippet"]');
    await page.keyboard.press('Enter');
    await waitFor(
      page,
      'the copy announced',
      () => document.getElementById('status').textContent !== '',
    );
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);

    // The snippet pasted into a blank page (same server, same strict CSP) renders the same.
    writeFileSync(
      join(blank, 'index.html'),
      `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head>\n<body><main>\n${snippet}</main></body></html>\n`,
    );
    const pasted = await open('pasted/');
    await waitFor(
      pasted.page,
      `<${sample.tag}> defined on the pasted page`,
      (tag) => customElements.get(tag),
      {
        args: [sample.tag],
      },
    );
    await rendered(pasted.page, sample.tag);
    assert.equal(await renderedText(pasted.page, sample.tag), previewText, sample.tag);
    assert.deepEqual(pasted.problems, []);
    assert.deepEqual(problems, []);
    await pasted.page.close();
    await page.close();
  }
  assert.ok(textChanged > 0, 'the rendered preview changed for at least one element');
});

test('plain-word messages for a wrong address and broken JSON; nothing stored; axe clean', async () => {
  const { page, problems } = await open('dist/builder.html');
  const withUrl = elements.find((e) => Object.values(e.attributes).some((a) => a.kind === 'url'));
  if (withUrl) {
    const [name] = Object.entries(withUrl.attributes).find(([, a]) => a.kind === 'url');
    await page.select('#element', withUrl.tag);
    await page.type(`[name="${name}"]`, 'javascript:alert(1)');
    assert.equal(
      await page.$eval(`[name="${name}"]`, (c) => c.getAttribute('aria-invalid')),
      'true',
    );
    assert.match(
      await page.$eval(`#attr-${name}-message`, (m) => m.textContent),
      /not allowed|https:\/\//,
    );
    assert.ok(!(await value(page, 'snippet')).includes('javascript:'));
  }
  const withJson = elements.find((e) => e.json);
  if (withJson) {
    await page.select('#element', withJson.tag);
    await page.type('#json', '{ "name": "Example Counseling", }');
    assert.match(await page.$eval('#json-message', (m) => m.textContent), /not valid JSON/);
    assert.equal(await page.$eval('#json', (c) => c.getAttribute('aria-invalid')), 'true');
    await page.$eval('#json', (c) => (c.value = ''));
    await page.type('#json', '{ "name": "Example Counseling" }');
    assert.equal(await page.$eval('#json-message', (m) => m.textContent), '');
    assert.match(await value(page, 'snippet'), /<script type="application\/json">/);
    await waitFor(
      page,
      'the preview showing the practice from the JSON field',
      (tag) =>
        /Example Counseling/.test(
          document.querySelector(`#preview > ${tag}`)?.shadowRoot?.textContent ?? '',
        ),
      { args: [withJson.tag] },
    );
  }
  const stored = await page.evaluate(() => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookie: document.cookie,
  }));
  assert.deepEqual(stored, { local: 0, session: 0, cookie: '' });

  await page.addScriptTag({ url: `${url}axe/axe.min.js` });
  for (const element of elements) {
    await page.select('#element', element.tag);
    await waitFor(
      page,
      `the preview of <${element.tag}> rendered`,
      (tag) => document.querySelector(`#preview > ${tag}`)?.shadowRoot,
      { args: [element.tag] },
    );
    await rendered(page, `#preview > ${element.tag}`);
    const violations = await page.evaluate(async () =>
      (await window.axe.run(document)).violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    );
    assert.deepEqual(violations, [], `axe with ${element.tag}`);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test('the haven-lint rules are shown inline as the editor types', async () => {
  const { page, problems } = await open('dist/builder.html');
  const withText = elements.find((e) => Object.values(e.attributes).some((a) => a.kind === 'text'));
  const [name] = Object.entries(withText.attributes).find(([, a]) => a.kind === 'text');
  await page.select('#element', withText.tag);
  assert.equal(await page.$eval('#lint', (l) => l.hidden), true, 'no checks shown for defaults');
  await page.type(
    `[name="${name}"]`,
    'Completely private and 100% anonymous: we never report anything.',
  );
  await waitFor(page, 'the lint findings shown', () => !document.getElementById('lint').hidden);
  const messages = await page.$$eval('#lint-list li', (li) => li.map((x) => x.textContent));
  assert.ok(messages.length > 0);
  assert.ok(
    messages.every((m) => /^(Error|Warning): \S/.test(m)),
    messages.join('\n'),
  );
  assert.deepEqual(problems, []);
  await page.close();
});
