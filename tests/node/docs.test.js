// Every code sample in the README and docs/ runs (docs/testing.md, "The docs are tested"), and the
// generated element reference covers what custom-elements.json declares. HTML samples render in
// Chromium with the built dist/ under the strict Content-Security-Policy; JS samples run against
// the built package (in Chromium, or in Node for the Node-only tools); CSS samples parse and set
// real tokens; content samples compile; shell samples name real commands; a haven-lint sample's
// output is the text block after it. `npm test` builds first; alone: npm run build && node --test
// tests/node/docs.test.js
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { startServer } from '../../scripts/lib/server.js';
import { CHROME_ARGS, CHROME_PATH } from '../../scripts/lib/chromium.js';
import { loadTs } from '../../scripts/lib/load-ts.js';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8'));
const declarations = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName);

/** The fenced samples of a markdown text: { lang, info, code, line }, indented fences included. */
export function samplesOf(text) {
  const lines = text.split('\n');
  const found = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(\S*)[ \t]*(.*)$/.exec(lines[i]);
    if (!open) continue;
    const [, indent, lang, info] = open;
    const body = [];
    let j = i + 1;
    while (j < lines.length && !new RegExp(`^${indent}\`\`\`\\s*$`).test(lines[j])) {
      body.push(lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j]);
      j++;
    }
    if (j === lines.length) throw new Error(`line ${i + 1}: a code fence that never closes`);
    found.push({ lang, info: info.trim(), code: body.join('\n'), line: i + 1 });
    i = j;
  }
  return found;
}

const docs = [
  'README.md',
  ...readdirSync(resolve(root, 'docs'), { recursive: true })
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const samples = docs.flatMap((file) =>
  samplesOf(readFileSync(resolve(root, file), 'utf8')).map((s, i, all) => ({
    ...s,
    file,
    where: `${file}:${s.line}`,
    next: all[i + 1],
  })),
);
const of = (lang, info = '') => samples.filter((s) => s.lang === lang && s.info === info);
const RUN = new Set(['html', 'js', 'css', 'md', 'sh', 'text']);

test('the docs have samples of every kind, and none in a language no test runs', () => {
  for (const lang of ['html', 'js', 'css', 'md', 'sh']) assert.ok(of(lang).length, lang);
  const strays = samples.filter((s) => !RUN.has(s.lang) || (s.info && s.info !== 'haven-lint'));
  assert.deepEqual(
    strays.map((s) => `${s.where}: \`\`\`${s.lang} ${s.info}`),
    [],
    'a sample no test runs: write it as prose, or teach tests/node/docs.test.js to run it',
  );
});

// The page chrome of every sample page: the built script it names, or the drop-in.
const SCRIPT = /<script\b[^>]*\bsrc="([^"]*\/)?(haven[\w.-]*\.js)"[^>]*><\/script>\s*/g;

/** A sample as a page: its own script tags point at the build; the rest is the body. */
function samplePage(code) {
  const named = [...code.matchAll(SCRIPT)].map((m) => m[2]);
  for (const file of named) assert.ok(existsSync(resolve(root, 'dist', file)), `dist/${file}`);
  const scripts = named.length ? named : [/lang="es/.test(code) ? 'haven.es.js' : 'haven.js'];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>sample</title>${scripts
    .map((f) => `<script type="module" src="/dist/${f}"></script>`)
    .join('')}</head><body>${code.replace(SCRIPT, '')}</body></html>`;
}

/** The import map that lets a browser module import the built package by its name. */
function importMap() {
  const imports = {};
  for (const [key, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? target : target.default;
    if (file) imports[key === '.' ? 'haven-widgets' : `haven-widgets/${key.slice(2)}`] = `/${file}`;
  }
  Object.assign(imports, {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element/': '/node_modules/lit-element/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
  });
  return JSON.stringify({ imports });
}

describe('samples in a browser', () => {
  const dir = mkdtempSync(join(tmpdir(), 'haven-docs-'));
  const map = importMap();
  const mapHash = createHash('sha256').update(map).digest('base64');
  let strict;
  let modules;
  let browser;
  before(async () => {
    const mounts = { '/dist/': resolve(root, 'dist'), '/samples/': dir };
    strict = await startServer({ mounts });
    // JS samples import the package by name: the import map is the one inline script allowed.
    modules = await startServer({
      mounts: { ...mounts, '/node_modules/': resolve(root, 'node_modules') },
      headers: { 'content-security-policy': `script-src 'self' 'sha256-${mapHash}'` },
    });
    browser = await puppeteer.launch({
      executablePath: CHROME_PATH,
      headless: true,
      args: CHROME_ARGS,
    });
  });
  after(async () => {
    await browser?.close();
    strict?.server.close();
    modules?.server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Opens a page and collects what it logs: errors, warnings, policy violations, requests out. */
  async function open(base, path) {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (m) => {
      if (m.location()?.url?.endsWith('/favicon.ico')) return;
      if (['error', 'warn', 'warning'].includes(m.type()))
        problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
    page.on('request', (r) => !r.url().startsWith(base) && problems.push(`request: ${r.url()}`));
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP blocked ${e.blockedURI || e.violatedDirective}`),
      );
    });
    await page.goto(base + path, { waitUntil: 'load' });
    return { page, problems };
  }

  for (const [n, s] of of('html').entries()) {
    test(`${s.where}: renders with the build, every element upgraded, nothing logged`, async () => {
      writeFileSync(join(dir, `html-${n}.html`), samplePage(s.code));
      const { page, problems } = await open(strict.url, `samples/html-${n}.html`);
      const tags = await page.evaluate(() =>
        [...new Set([...document.querySelectorAll('*')].map((e) => e.localName))].filter((t) =>
          t.startsWith('haven-'),
        ),
      );
      assert.ok(tags.length, 'the sample holds a haven element');
      const undefinedTags = await page.evaluate(async (list) => {
        const wait = (t) =>
          Promise.race([
            customElements.whenDefined(t).then(() => null),
            new Promise((r) => setTimeout(() => r(t), 5000)),
          ]);
        return (await Promise.all(list.map(wait))).filter(Boolean);
      }, tags);
      assert.deepEqual(undefinedTags, [], 'elements never defined within 5 s');
      const bare = await page.evaluate(async () => {
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return [...document.querySelectorAll('*')]
          .filter((e) => e.localName.startsWith('haven-') && !e.shadowRoot)
          .map((e) => e.localName);
      });
      assert.deepEqual(bare, [], 'elements without a rendered shadow root');
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  const inNode = (code) => /from 'haven-widgets\/(ssr|lint)\.js'/.test(code);
  for (const [n, s] of of('js').entries()) {
    if (inNode(s.code)) continue;
    test(`${s.where}: runs as a module against the built package, nothing logged`, async () => {
      writeFileSync(join(dir, `js-${n}.js`), `${s.code}\nwindow.sampleDone = true;\n`);
      writeFileSync(
        join(dir, `js-${n}.html`),
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>sample</title>` +
          `<script type="importmap">${map}</script>` +
          `<script type="module" src="js-${n}.js"></script></head><body></body></html>`,
      );
      const { page, problems } = await open(modules.url, `samples/js-${n}.html`);
      const done = await page
        .waitForFunction(() => window.sampleDone === true, { timeout: 5000 })
        .then(() => true)
        .catch(() => false);
      assert.deepEqual(problems, []);
      assert.ok(done, 'the sample never ran to its end');
      await page.close();
    });
  }

  const tokens = new Set([
    ...declarations.flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)),
    ...readFileSync(resolve(root, 'src/styles/shared.ts'), 'utf8').match(/--haven-[a-z0-9-]+/g),
  ]);
  for (const s of of('css')) {
    test(`${s.where}: parses, and sets only real tokens`, async () => {
      const set = [...s.code.matchAll(/(--haven-[a-z0-9-]+)\s*:/g)].map((m) => m[1]);
      assert.deepEqual(
        set.filter((t) => !tokens.has(t)),
        [],
        'tokens no element declares',
      );
      const page = await browser.newPage();
      const rules = await page.evaluate((css) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        return sheet.cssRules.length;
      }, s.code);
      // Every top-level block must survive the parser (a rule with a syntax error is dropped).
      let depth = 0;
      let blocks = 0;
      for (const c of s.code.replace(/\/\*[\s\S]*?\*\//g, '')) {
        if (c === '{') depth++;
        if (c === '}' && --depth === 0) blocks++;
      }
      assert.equal(rules, blocks, 'rules the browser kept');
      await page.close();
    });
  }
});

describe('samples in Node', () => {
  const scratch = resolve(root, '.cache/docs-samples');
  before(() => mkdirSync(scratch, { recursive: true }));
  after(() => rmSync(scratch, { recursive: true, force: true }));

  for (const [n, s] of of('js').entries()) {
    if (!/from 'haven-widgets\/(ssr|lint)\.js'/.test(s.code)) continue;
    test(`${s.where}: runs in Node against the built package`, () => {
      // Inside the package, so `haven-widgets/…` resolves to this build (a self-reference).
      const file = resolve(scratch, `sample-${n}.mjs`);
      writeFileSync(file, s.code);
      const run = spawnSync(process.execPath, [file], { cwd: root, encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stderr, '');
    });
  }

  for (const s of of('md')) {
    test(`${s.where}: the content compiler accepts it`, async () => {
      const { compileContent } = await loadTs('scripts/content-compiler.ts');
      const id = /^id:\s*(\S+)/m.exec(s.code)?.[1];
      assert.ok(id, 'the sample has an id');
      const dir = mkdtempSync(join(tmpdir(), 'haven-docs-content-'));
      try {
        const [collection, slug] = id.split('/');
        mkdirSync(join(dir, 'en', collection), { recursive: true });
        writeFileSync(join(dir, 'en', collection, `${slug}.md`), `${s.code}\n`);
        const result = compileContent(dir);
        assert.deepEqual(result.errors, []);
        assert.equal(result.items[collection]?.length, 1, `one item in ${collection}`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  for (const s of of('html', 'haven-lint')) {
    test(`${s.where}: haven-lint prints the text block that follows`, () => {
      assert.equal(s.next?.lang, 'text', 'a ```text block of the expected output follows');
      const dir = mkdtempSync(join(tmpdir(), 'haven-docs-lint-'));
      try {
        writeFileSync(join(dir, 'example.html'), `${s.code}\n`);
        const run = spawnSync(
          process.execPath,
          [resolve(root, 'bin/haven-lint.js'), 'example.html'],
          { cwd: dir, encoding: 'utf8' },
        );
        assert.equal(run.stdout.trim(), s.next.code.trim());
        assert.equal(run.status, /\berror\b/.test(s.next.code) ? 1 : 0, run.stderr);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  const known = {
    npm: ([sub, name]) =>
      ['ci', 'test', 'start', 'install'].includes(sub) ||
      (sub === 'run' && name in pkg.scripts) ||
      `npm run ${name}: no such script`,
    npx: ([bin]) => bin in pkg.bin || `npx ${bin}: not a command of this package`,
    node: ([file]) => existsSync(resolve(root, file)) || `node ${file}: no such file`,
    cat: () => true,
  };
  for (const s of of('sh')) {
    test(`${s.where}: names only real commands`, () => {
      const wrong = [];
      for (const line of s.code.replace(/\\\n/g, ' ').split('\n')) {
        const command = line.replace(/(^|\s)#.*$/, '').trim();
        if (!command) continue;
        for (const part of command.split(/&&|\|\||[|;]/)) {
          const words = part
            .trim()
            .replace(/^([A-Z_]+=("[^"]*"|'[^']*'|\S*)\s+)+/, '')
            .split(/\s+/);
          const cut = words.findIndex((w) => /^[<>]/.test(w));
          const [cmd, ...args] = cut < 0 ? words : words.slice(0, cut);
          const verdict = known[cmd]?.(args) ?? `${cmd}: not a command the docs may use`;
          if (verdict !== true) wrong.push(verdict);
        }
      }
      assert.deepEqual(wrong, []);
    });
  }
});

describe('the element reference', () => {
  test('docs/reference/ has a page per element with every attribute, slot, event, part and token', () => {
    const dir = resolve(root, 'docs/reference');
    assert.ok(existsSync(dir), 'docs/reference/ is written by npm run build');
    const index = readFileSync(resolve(dir, 'README.md'), 'utf8');
    for (const d of declarations) {
      const file = resolve(dir, `${d.tagName}.md`);
      assert.ok(existsSync(file), relative(root, file));
      const text = readFileSync(file, 'utf8');
      assert.match(text, /^<!-- Generated by scripts\/reference\.js/);
      assert.ok(index.includes(`(${d.tagName}.md)`), `the index links ${d.tagName}`);
      const names = [
        ...(d.attributes ?? []),
        ...(d.slots ?? []).filter((s) => s.name),
        ...(d.events ?? []),
        ...(d.cssParts ?? []),
        ...(d.cssProperties ?? []),
      ].map((x) => x.name);
      for (const name of names) assert.ok(text.includes(`\`${name}\``), `${d.tagName}: ${name}`);
    }
    const pages = readdirSync(dir).filter((f) => f !== 'README.md');
    assert.equal(pages.length, declarations.length, 'no page for an element that is gone');
  });
});
