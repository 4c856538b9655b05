// The one page chrome of the demo sites and the builder: the head, the quick exit, the header
// with its navigation, and the footer. Each page is a body of its own (demo/pages/, and
// builder/builder.html) with front matter saying what the chrome needs; scripts/build-pages.js
// puts the two together at build. No inline script or style, so every page keeps working under
// the strict Content-Security-Policy.

/** The made-up (and one real) sites the demo pages belong to. Footers are trusted markup. */
const SITES = {
  example: {
    brand: 'Example Counseling',
    tagline: 'A made-up counseling practice, for this demo',
    home: 'Home',
    footer: `Example Counseling (made up for this demo) ·
          <a href="tel:+17145550134">(714) 555-0134</a>`,
  },
  'grey-insight': {
    brand: 'Grey Insight',
    tagline: 'Online counseling · Irvine',
    home: 'Made-up practice demo',
    footer: `Grey Insight · Irvine ·
          <a href="tel:+17149758893" rel="noopener noreferrer" referrerpolicy="no-referrer"
            >714-975-8893</a
          >`,
  },
  advocacy: {
    brand: 'Sex Worker Support Network',
    tagline: 'A made-up advocacy organization, for this demo',
    home: 'Made-up practice demo',
    footer: 'Sex Worker Support Network (demo) · No tracking on this site.',
  },
  'example-es': {
    brand: 'Example Counseling',
    tagline: 'Un consultorio de terapia inventado, para esta demostración',
    home: 'Inicio',
    footer: `Example Counseling (inventado para esta demostración) ·
          <a href="tel:+17145550134">(714) 555-0134</a>`,
  },
};

/** The words of the chrome, and the pages its navigation links, in each language. */
const WORDS = {
  en: {
    exit: 'Exit this page',
    nav: 'Demo pages',
    links: [
      ['index.html', null],
      ['practice.html', "A real practice's card"],
      ['plan.html', 'A plan for you'],
      ['advocacy.html', 'Advocacy demo'],
      ['es/index.html', 'Español', 'es'],
    ],
  },
  es: {
    exit: 'Salir de esta página',
    nav: 'Páginas de la demostración',
    links: [
      ['index.html', null],
      ['../index.html', 'English', 'en'],
    ],
  },
};

const escape = (text) =>
  String(text).replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c],
  );

/** The body file's markup, indented to sit inside <body>. */
const indent = (markup) =>
  markup
    .trim()
    .split('\n')
    .map((line) => (line ? `    ${line}` : line))
    .join('\n');

/** Where a page sits below its site's root, as a prefix for relative links: '' or '../'. */
const up = (path) => '../'.repeat(path.split('/').length - 1);

/**
 * The whole page: `front` is the body file's front matter, `body` its markup (the `<main>`), and
 * `path` where the page is served below its site's root (e.g. `es/index.html`).
 */
export function renderPage(front, body, path) {
  const lang = front.lang ?? 'en';
  const words = WORDS[lang];
  if (!words) throw new Error(`${path}: no chrome words for lang "${lang}"`);
  const site = front.site ? SITES[front.site] : undefined;
  if (front.site && !site) throw new Error(`${path}: unknown site "${front.site}"`);
  if (!front.title) throw new Error(`${path}: front matter needs a title`);
  const assets = front.assets ?? up(path);
  const comment = (text, indent) => (text ? `${indent}<!-- ${text.trim()} -->\n` : '');
  const script = front.script
    ? `${comment(front.scriptNote, '    ')}    <script type="module" src="${escape(front.script)}"${
        front.blocking === true ? ' blocking="render"' : ''
      }></script>\n`
    : '';
  const alternate = front.alternate
    ? `    <link rel="alternate" hreflang="${escape(front.alternate.hreflang)}" href="${escape(
        front.alternate.href,
      )}" />\n`
    : '';
  const own = path.replace(/^.*\//, '');
  const nav = words.links
    .map(([href, label, hreflang]) => {
      const attrs = [
        `href="${href}"`,
        href === own ? 'aria-current="page"' : '',
        hreflang ? `hreflang="${hreflang}" lang="${hreflang}"` : '',
      ].filter(Boolean);
      return `<a ${attrs.join(' ')}>${escape(label ?? site?.home ?? '')}</a>`;
    })
    .join(' ·\n          ');
  const chrome = site
    ? `    <!--
      Quick exit: first in the body, so it is the first stop in the tab order. The link inside
      works with JavaScript off; with it, Shift pressed three times leaves too.${
        front.exitNote ? `\n      ${front.exitNote}` : ''
      }
    -->
    <haven-quick-exit>
      <a
        href="https://www.weather.gov/"
        rel="nofollow noopener noreferrer"
        referrerpolicy="no-referrer"
        >${escape(words.exit)}</a
      >
    </haven-quick-exit>
    <header class="site-header">
      <div class="wrap">
        <p class="brand">${escape(site.brand)}</p>
        <p class="tagline">${escape(site.tagline)}</p>
        <nav aria-label="${escape(words.nav)}" class="site-nav">
          ${nav}
        </nav>
      </div>
    </header>

`
    : '';
  const footer = site
    ? `    <footer class="site-footer">
      <div class="wrap">
        <p>
          ${site.footer}
        </p>
      </div>
    </footer>
`
    : '';
  const after = (front.after ?? [])
    .map(
      ({ src, note }) =>
        `${comment(note, '    ')}    <script type="module" src="${escape(src)}"></script>\n`,
    )
    .join('');
  return `<!doctype html>
<html lang="${lang}">
  <!-- Assembled by scripts/build-pages.js from demo/chrome.js and ${escape(front.source ?? path)}. Do not edit. -->
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <title>${escape(front.title)}</title>
    <link rel="icon" href="${assets}favicon.svg" />
    <link rel="stylesheet" href="${assets}${front.stylesheet ?? 'site.css'}" />
${front.script && !front.stylesheet ? '    <link rel="stylesheet" href="/dist/haven.css" />\n' : ''}${alternate}${script}  </head>
  <body${front.bodyClass ? ` class="${escape(front.bodyClass)}"` : ''}>
${chrome}${indent(body)}
${footer ? `\n${footer}` : ''}${after}  </body>
</html>
`;
}
