// Server rendering in Node: every example renders to declarative shadow DOM, and the prerender
// command keeps the rest of a page as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { loadTs } from '../../scripts/lib/load-ts.js';

const root = resolve(import.meta.dirname, '../..');
const ssr = await loadTs('src/ssr.ts');
const { allExamples } = await loadTs('src/all-examples.ts');

/** The example's element as an editor would write it. */
const markup = (tag, ex) => {
  const attrs = Object.entries(ex.attrs ?? {})
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${String(v).replace(/"/g, '&quot;')}"`))
    .join('');
  return `<${tag}${attrs}>${ex.children ?? ''}</${tag}>`;
};

for (const set of allExamples) {
  for (const ex of set.examples) {
    test(`<${set.tag}> ${ex.name} renders on the server`, () => {
      const out = ssr.renderElement(markup(set.tag, ex));
      assert.match(
        out,
        new RegExp(`<${set.tag}[^>]*><template shadowroot="open" shadowrootmode="open">`),
      );
      assert.ok(
        !/<script/i.test(
          out.replace(/<script type="application\/(ld\+)?json"[\s\S]*?<\/script>/g, ''),
        ),
        'no script',
      );
    });
  }
}

test('a built-in card renders its fact, myth and explanation into the page', () => {
  const out = ssr.renderElement(
    '<haven-myth-fact content-id="myths/risk-varies"></haven-myth-fact>',
  );
  const text = out.replace(/<!--[^>]*-->/g, '').replace(/\s+/g, ' ');
  assert.match(text, /<h3 id="fact" part="heading"><slot name="fact" >Risk differs between/);
  assert.match(text, /Common myth/);
  assert.match(text, /Last reviewed/);
});

test('prerender renders haven elements, leaves editor-written ones and everything else as is', () => {
  const page =
    '<!doctype html>\n<html lang="en"><head><title>T</title></head><body>\n<p>Before</p>\n' +
    '<haven-myth-facts ids="myths/every-gender"></haven-myth-facts>\n' +
    '<haven-myth-fact><span slot="fact">Mine</span></haven-myth-fact>\n<p>After</p>\n</body></html>\n';
  const { html, rendered, skipped } = ssr.prerender(page);
  assert.equal(rendered, 1);
  assert.equal(skipped, 1);
  assert.ok(
    html.startsWith(
      '<!doctype html>\n<html lang="en"><head><title>T</title></head><body>\n<p>Before</p>\n',
    ),
  );
  assert.ok(
    html.endsWith(
      '<haven-myth-fact><span slot="fact">Mine</span></haven-myth-fact>\n<p>After</p>\n</body></html>\n',
    ),
  );
  assert.match(html, /People of every gender do sex work/);
});

test('the haven-prerender command writes the page and reports CSP hashes', () => {
  const run = spawnSync(process.execPath, ['bin/haven-prerender.js', 'demo/index.html'], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /shadowrootmode="open"/);
  assert.match(run.stderr, /rendered \d+ element\(s\)/);
  assert.match(run.stderr, /style-src: 'sha256-/);
});
