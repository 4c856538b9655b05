// A rollup plugin that strips the indentation and comments out of Lit's css`` and html``
// template literals (TypeScript emits them as css `…`), which terser leaves untouched. Only whitespace that contains a line break
// is touched in html``, so inline spacing a reader sees is kept.
const CSS = /\bcss\s*`((?:[^`\\]|\\.)*)`/g;
const HTML = /\bhtml\s*`((?:[^`\\]|\\.)*)`/g;

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

export function minifyHtml(text) {
  return text.replace(/>\s*\n\s*</g, '><').replace(/\s*\n\s*/g, ' ');
}

export default function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/\.(ts|js)$/.test(id) || id.includes('node_modules')) return null;
      if (!/\b(css|html)\s*`/.test(code)) return null;
      const out = code
        .replace(CSS, (_, body) => `css\`${body.includes('${') ? body : minifyCss(body)}\``)
        .replace(HTML, (_, body) => `html\`${minifyHtml(body)}\``);
      return { code: out, map: null };
    },
  };
}
