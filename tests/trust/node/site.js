// Builds the trust suite's test pages (esbuild bundles of the in-page half, and the HTML pages)
// into .cache/trust/site/. The library itself is the dist/haven.js that the build already made.
import { mkdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build as esbuild } from 'esbuild';
import { ctx, root } from './context.js';

/** Writes the pages and their scripts; returns the function that writes a test page. */
export async function buildSite() {
  rmSync(ctx.site, { recursive: true, force: true });
  mkdirSync(resolve(ctx.site, 'trust'), { recursive: true });
  const common = {
    bundle: true,
    target: 'es2022',
    tsconfig: resolve(root, 'tsconfig.json'),
    logLevel: 'error',
  };
  await esbuild({
    ...common,
    entryPoints: ['tests/trust/early.ts'],
    outfile: `${ctx.site}/trust/early.js`,
    format: 'iife',
  });
  await esbuild({
    ...common,
    entryPoints: ['tests/trust/page.ts', 'tests/trust/selftest.ts'],
    outdir: `${ctx.site}/trust`,
    format: 'esm',
  });
  for (const f of ['hostile.css', 'page.css', 'canary.js']) {
    copyFileSync(`tests/trust/static/${f}`, `${ctx.site}/trust/${f}`);
  }
  // A 1x1 PNG: Chromium asks for /favicon.ico by itself; serving one keeps the console clean.
  writeFileSync(
    `${ctx.site}/favicon.ico`,
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
      'base64',
    ),
  );
  const pageHtml = ({
    title,
    scripts,
    css = ['/trust/page.css'],
    body = '',
    dir = 'ltr',
    auto = '',
    lang = 'en',
  }) =>
    `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${css.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n')}
<script src="/trust/early.js"></script>
${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
</head>
<body${auto ? ` data-auto="${auto}"` : ''}>
<main id="stage">${body}</main>
</body>
</html>
`;
  const lib = ['/dist/haven.js', '/trust/page.js'];
  writeFileSync(
    `${ctx.site}/index.html`,
    pageHtml({ title: 'Every example', scripts: lib, auto: 'render-all' }),
  );
  // Every example in Spanish: the page's lang="es", the drop-in with both languages.
  writeFileSync(
    `${ctx.site}/es.html`,
    pageHtml({
      title: 'Cada ejemplo',
      scripts: ['/dist/haven.es.js', '/trust/page.js'],
      auto: 'render-all',
      lang: 'es',
    }),
  );
  writeFileSync(`${ctx.site}/harness.html`, pageHtml({ title: 'Harness', scripts: lib }));
  writeFileSync(
    `${ctx.site}/two-copies.html`,
    pageHtml({
      title: 'Two copies',
      // A second copy under another URL first, then the snippet pasted twice.
      scripts: ['/dist/haven.js?copy=2', '/dist/haven.js', '/dist/haven.js', '/trust/page.js'],
      auto: 'render-all-twice',
    }),
  );
  writeFileSync(
    `${ctx.site}/hostile-css.html`,
    pageHtml({ title: 'Hostile CSS', scripts: lib, css: ['/trust/hostile.css'], dir: 'rtl' }),
  );
  writeFileSync(
    `${ctx.site}/selftest.html`,
    pageHtml({ title: 'Self-test', scripts: ['/trust/selftest.js'] }),
  );
  return pageHtml;
}
