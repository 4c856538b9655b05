// Server rendering in Node: every example renders to declarative shadow DOM, and the prerender
// command keeps the rest of a page as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { loadTs } from '../../scripts/lib/load-ts.js';

const root = resolve(import.meta.dirname, '../..');
const ssr = await loadTs('src/ssr.ts');
const { allExamples } = await loadTs('src/generated/all-examples.ts');

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
      // The elements never hydrate: Lit's hydration comments would only weigh the page down.
      assert.doesNotMatch(out, /<!--\/?lit-(part|node)/);
    });
  }
}

test('a built-in card renders its fact, myth and explanation into the page', () => {
  const out = ssr.renderElement(
    '<haven-myth-fact content-id="myths/risk-varies"></haven-myth-fact>',
  );
  const text = out.replace(/<!--[^>]*-->/g, '').replace(/\s+/g, ' ');
  assert.match(text, /<h2 id="fact" part="heading"><slot name="fact"\s*>Risk differs between/);
  assert.match(text, /Common myth/);
  assert.match(text, /Last reviewed/);
});

test("the server drops Lit's hydration comments and keeps the page's own", () => {
  const out = ssr.renderElement(
    '<haven-myth-fact content-id="myths/risk-varies"><p slot="sources">See <!-- an editor\'s note --> this, and <!--lit-part--> as typed</p></haven-myth-fact>',
  );
  assert.doesNotMatch(out.replace('<!--lit-part--> as typed', ''), /<!--\/?lit-(part|node)/);
  assert.match(out, /See <!-- an editor's note --> this, and <!--lit-part--> as typed<\/p>/);
  assert.match(out, /<slot name="fact"\s*>Risk differs between/);
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

test('the server renders an element in its own lang, else the ancestor lang it is given', () => {
  const card = '<haven-myth-fact content-id="myths/risk-varies"></haven-myth-fact>';
  const text = (out) =>
    out
      .replace(/<style>[\s\S]*?<\/style>/g, '')
      .replace(/<!--[^>]*-->/g, '')
      .replace(/\s+/g, ' ');
  const es = text(ssr.renderElement(card, 'es-MX'));
  assert.match(es, /Mito común/);
  assert.match(es, /Última revisión/);
  assert.match(es, /\d{1,2} de noviembre de 2026/);
  assert.doesNotMatch(es, /Common myth|Last reviewed/);
  // A document's own title stays as written, marked English; what describes it is Spanish.
  assert.match(
    es,
    /<cite lang="en">Building Well-Being Through Coping in Sex Work<\/cite> \(una página de resumen generada por IA, Ithy, febrero de 2025\)/,
  );
  assert.match(
    es,
    /<cite lang="en">Guidelines: Mental Health Professionals Working with Individuals Involved in the Sex Trade<\/cite> \(guía para profesionales de la salud mental, de Katherine Koster con Cassandra Avanneti\), pautas 1, 2/,
  );
  const own = text(
    ssr.renderElement(card.replace('<haven-myth-fact', '<haven-myth-fact lang="es"')),
  );
  assert.match(own, /Mito común/);
  const en = text(ssr.renderElement(card));
  assert.match(en, /Common myth/);
  assert.match(
    en,
    /<cite\s*>Building Well-Being Through Coping in Sex Work \(an AI-generated summary page, Ithy, February 2025\)<\/cite>/,
  );
  // An element's own lang wins over its ancestors'.
  const mine = text(
    ssr.renderElement(card.replace('<haven-myth-fact', '<haven-myth-fact lang="en"'), 'es'),
  );
  assert.match(mine, /Common myth/);
  // A language the library does not have gives English.
  assert.match(text(ssr.renderElement(card, 'fr')), /Common myth/);
});

test('prerender takes the nearest ancestor lang in the file: <html lang>, then any element', () => {
  const page =
    '<!doctype html>\n<html lang="es"><head><title>T</title></head><body>\n' +
    '<main><haven-quick-exit-info></haven-quick-exit-info>\n' +
    '<section lang="en"><haven-quick-exit-info></haven-quick-exit-info>\n' +
    '<div lang="es-US"><haven-wellbeing-table table="barriers"></haven-wellbeing-table></div>' +
    '</section></main></body></html>\n';
  const { html, rendered } = ssr.prerender(page);
  assert.equal(rendered, 3);
  const parts = html.split(/<haven-(?:quick-exit-info|wellbeing-table)[ >]/).slice(1);
  assert.match(parts[0], /La salida rápida oculta esta página/);
  assert.match(parts[1], /Quick exit hides this page/);
  assert.doesNotMatch(parts[1], /La salida rápida/);
  assert.match(parts[2], /Barreras para recibir apoyo/);
  // A source with no title of its own is all description: in Spanish, and not marked English.
  assert.match(
    parts[2].replace(/<!--[^>]*-->/g, ''),
    /<cite\s*>Consejo general, no de una fuente publicada<\/cite>/,
  );
  assert.ok(
    html.startsWith('<!doctype html>\n<html lang="es"><head><title>T</title></head><body>\n<main>'),
  );
  // A fragment (no <html>) with a Spanish section.
  const frag = ssr.prerender(
    '<div lang="es"><haven-myth-facts ids="myths/every-gender"></haven-myth-facts></div>',
  );
  assert.match(frag.html, /Dato|Mito común/);
});

test('the haven-prerender command writes the page and reports CSP hashes', () => {
  const run = spawnSync(process.execPath, ['bin/haven-prerender.js', 'dist/demo/index.html'], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /shadowrootmode="open"/);
  assert.match(run.stderr, /rendered \d+ element\(s\)/);
  assert.match(run.stderr, /style-src: 'sha256-/);
  // What the command writes is the package's build: styles minified, no hydration comments.
  assert.doesNotMatch(run.stdout, /<!--\/?lit-(part|node)/);
  const styles = [...run.stdout.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  assert.ok(styles.length > 0, 'no style written');
  for (const css of styles) assert.doesNotMatch(css, /\/\*|\n\s/, 'styles are minified');
});
