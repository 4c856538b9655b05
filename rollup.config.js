// Every output from the same sources (see README "Ways in"):
// - dist/haven.js          one minified ES module: Lit, every element, the English content;
// - dist/haven.classic.js  the same as a classic script, for hosts without type="module";
// - dist/haven-loader.js   a small autoloader + dist/chunks/: per-element chunks sharing one Lit,
//                          and the myth/fact texts one id at a time;
// - dist/npm/              ES modules, source layout preserved, Lit external, for bundlers;
//                          types go to dist/types/ (tsc, see the build script).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

/** Each element folder's registration module: components/<name>/<name>.ts. */
const elements = readdirSync('components', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`components/${d.name}/${d.name}.ts`))
  .map((d) => d.name);

const ts = (outDir) =>
  typescript({ tsconfig: './tsconfig.json', declaration: false, outDir, noEmitOnError: true });

const minify = (module = true) =>
  terser({
    ecma: 2022,
    // A classic script's top-level `var HavenWidgets` is its API: only modules may drop it.
    module,
    format: { comments: false },
    compress: { passes: 2 },
  });

// Lit's production build: no dev-mode warnings, smaller.
export const browser = (outDir, module = true) => [
  resolve({ exportConditions: ['production'] }),
  ts(outDir),
  // The HTML and CSS inside Lit's html`` and css`` templates, nested templates included.
  minifyHtmlLiterals({ failOnError: true }),
  minify(module),
];

/**
 * The loader build's one difference from the others: an element that brings its built-in texts
 * by id (`contentById` in its declaration) imports the whole packs for the bundles and the npm
 * modules, and here those imports are left out: the loader loads each text an element shows
 * before defining it (`<name>.content.ts`).
 */
const textsById = () => {
  const { elements: declared } = JSON.parse(readFileSync('src/generated/elements.json', 'utf8'));
  const byId = declared.filter((e) => e.contentById).map((e) => `/components/${e.name}/`);
  return {
    name: 'haven-texts-by-id',
    resolveId(source, importer) {
      if (!/\/src\/content\/builtin-\w+(\.\w+)?\.js$/.test(source)) return null;
      return byId.some((folder) => importer?.includes(folder)) ? '\0haven-by-id' : null;
    },
    load: (id) => (id === '\0haven-by-id' ? 'export {};' : null),
  };
};

export default [
  {
    input: 'src/define.ts',
    output: { file: 'dist/haven.js', format: 'es' },
    plugins: browser('dist'),
  },
  {
    input: 'src/define.ts',
    output: { file: 'dist/haven.classic.js', format: 'iife', name: 'HavenWidgets' },
    plugins: browser('dist', false),
  },
  {
    // The drop-in for sites with Spanish pages: every element, English and Spanish.
    input: 'src/define.es.ts',
    output: { file: 'dist/haven.es.js', format: 'es' },
    plugins: browser('dist'),
  },
  {
    input: { 'haven-loader': 'src/loader.ts' },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      // Lit, the shared core and each content pack in chunks of their own, so that every
      // element's chunk holds only its own code and the size report can say so.
      // A helper only one element uses lives in that element's folder, so it lands in its chunk.
      manualChunks(id, { getModuleInfo }) {
        // Lit and the shared core together: every page with an element needs both, and one file
        // compresses better than two.
        if (/node_modules\/(lit|lit-html|lit-element|@lit)\//.test(id)) return 'core';
        // A text brought by id: one chunk per item and language (content-myths.<slug>[.es]).
        const one = id.match(/src\/content\/generated\/(\w+)\/([\w-]+)\.(\w+)\.ts$/);
        if (one) return `content-${one[1]}.${one[2]}${one[3] === 'en' ? '' : `.${one[3]}`}`;
        // Where each text is, in English (content-ids, with the module that reads a card's id)
        // and in each other language (content-ids.<lang>); each topic's ids (content-topics);
        // the whole packs, with the module that reads a group's (content-groups). A page loads
        // only those it uses.
        const wholes = (m) => /generated\/\w+\.wholes\.ts$/.test(m);
        if (wholes(id) || (/\.content\.ts$/.test(id) && getModuleInfo(id).importedIds.some(wholes)))
          return 'content-groups';
        if (/generated\/\w+\.topics\.ts$/.test(id)) return 'content-topics';
        const ids = id.match(/src\/content\/generated\/\w+\.ids(\.\w+)?\.ts$/);
        if (ids) return `content-ids${ids[1] ?? ''}`;
        if (/\.content\.ts$|src\/content\/\w+-by-id\.ts$/.test(id)) return 'content-ids';
        // One chunk per pack and language: an English page never loads a Spanish byte. The
        // table's two packs travel together: it reads both wherever it is used.
        const pack = id.match(
          /src\/content\/(?:generated\/(\w+)\.(\w+)|builtin-(\w+)(?:\.(\w+))?)\.ts$/,
        );
        if (pack) {
          const lang = pack[2] ?? pack[4] ?? 'en';
          const name = (pack[1] ?? pack[3]).replace(/^(wellbeing|barriers)$/, 'tables');
          return `content-${name}${lang === 'en' ? '' : `-${lang}`}`;
        }
        // The content registry and the source list only where content is shown: a page with a
        // quick exit or a resource panel alone does not load them.
        if (/\/src\/(content\/registry|internal\/sources)\.ts$/.test(id)) return 'content-core';
        const words = id.match(/\/src\/i18n\/(\w+)\.ts$/);
        if (words && words[1] !== 'en' && words[1] !== 'index') return `strings-${words[1]}`;
        if (/\/src\/(internal|styles|i18n|content|events)/.test(id)) {
          return 'core';
        }
        return undefined;
      },
    },
    plugins: [textsById(), ...browser('dist')],
  },
  {
    input: Object.fromEntries([
      ['src/index', 'src/index.ts'],
      ['src/define', 'src/define.ts'],
      ['src/es', 'src/es.ts'],
      ['src/ssr', 'src/ssr.ts'],
      ['src/lint/lint', 'src/lint/lint.ts'],
      ...elements.map((name) => [`components/${name}/${name}`, `components/${name}/${name}.ts`]),
    ]),
    external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^node:/],
    output: { dir: 'dist/npm', format: 'es', preserveModules: true, entryFileNames: '[name].js' },
    // Templates and styles minified as in the bundles: a bundler rarely minifies inside template
    // literals, and server rendering writes each element's styles into every shadow root.
    plugins: [resolve(), ts('dist/npm'), minifyHtmlLiterals({ failOnError: true })],
  },
];
