// Sections: a hostile page stylesheet (RTL, 320 px, odd fonts) and the page without JavaScript.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ctx, check } from '../node/context.js';
import { newPage, load, trustLog } from '../node/browser.js';

export async function hostileCss() {
  const page = await newPage({ viewport: { width: 320, height: 640 } });
  await load(page, `${ctx.strict.url}hostile-css.html`);
  const dir = resolve(ctx.outDir, 'hostile-css');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const sets = await page.evaluate(() =>
    window.havenTrust.sets().map((s) => ({ tag: s.tag, examples: s.examples.map((e) => e.name) })),
  );
  for (const { tag, examples } of sets) {
    const failures = [];
    for (const name of examples) {
      const errors = await page.evaluate((t, n) => window.havenTrust.mountOne(t, n), tag, name);
      const { failures: layout, toggles } = await page.evaluate(() =>
        window.havenTrust.layoutCheck(),
      );
      failures.push(...[...errors, ...layout].map((f) => `${name}: ${f}`));
      for (let i = 0; i < toggles; i += 1) {
        const target = await page.evaluate((k) => window.havenTrust.toggleTarget(k), i);
        await page.mouse.click(target.x, target.y);
        const after = await page.evaluate((k) => window.havenTrust.toggleState(k), i);
        if (after === target.expanded)
          failures.push(`${name}: a real click on toggle ${i + 1} did nothing`);
      }
      await page.screenshot({ path: resolve(dir, `${tag}--${name}.png`), fullPage: true });
    }
    await check(
      `<${tag}>: ${examples.length} examples readable and usable (screenshots in tests/trust/out/hostile-css/)`,
      failures,
    );
  }
  const log = await trustLog(page);
  await check('no exception, no CSP violation on the hostile page', [...log.errors, ...log.csp]);
  await page.close();
}

export async function noJs() {
  const markup = await (async () => {
    const p = await newPage();
    await load(p, `${ctx.strict.url}harness.html`);
    const m = await p.evaluate(() => window.havenTrust.exampleMarkup(true));
    await p.close();
    return m;
  })();
  writeFileSync(
    `${ctx.site}/no-js.html`,
    ctx.pageHtml({
      title: 'No JavaScript',
      scripts: ['/dist/haven.js', '/trust/page.js'],
      body: markup
        .map((m) => `<section data-tag="${m.tag}" data-example="${m.example}">${m.html}</section>`)
        .join('\n'),
    }),
  );
  const p = await newPage({ js: false });
  await p.goto(`${ctx.strict.url}no-js.html`, { waitUntil: 'load' });
  const tags = [...new Set(markup.map((m) => m.tag))];
  const result = await p.evaluate((tagList) => {
    const out = [];
    for (const s of document.querySelectorAll('section[data-tag]')) {
      const failures = [];
      const walker = document.createTreeWalker(s, NodeFilter.SHOW_TEXT);
      let total = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.data.trim() || n.parentElement.closest('script, style, template')) continue;
        total += 1;
        const range = document.createRange();
        range.selectNodeContents(n);
        const shown = [...range.getClientRects()].some((r) => r.width > 0 && r.height > 0);
        const style = n.parentElement.checkVisibility({
          opacityProperty: true,
          visibilityProperty: true,
        });
        if (!shown || !style) failures.push(`"${n.data.trim().slice(0, 50)}" is not visible`);
      }
      if (!total) failures.push('has no text');
      out.push({ tag: s.dataset.tag, example: s.dataset.example, failures });
    }
    return {
      out,
      ran: tagList.filter((t) => customElements.get(t)),
      trust: 'havenTrust' in window,
    };
  }, tags);
  mkdirSync(ctx.outDir, { recursive: true });
  await p.screenshot({ path: resolve(ctx.outDir, 'no-js.png'), fullPage: true });
  await check('scripts really were off (no element defined, no test script ran)', [
    ...result.ran.map((t) => `<${t}> was defined`),
    ...(result.trust ? ['the page script ran'] : []),
  ]);
  for (const tag of tags) {
    const mine = result.out.filter((r) => r.tag === tag);
    await check(
      `<${tag}>: all ${mine.length} examples with editor content readable without JavaScript`,
      mine.flatMap((r) => r.failures.map((f) => `${r.example}: ${f}`)),
    );
  }
  await p.close();
}
