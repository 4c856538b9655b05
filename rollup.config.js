// Every output from the same sources (see README "Ways in"):
// - dist/haven.js          one minified ES module: Lit, every element, the English content;
// - dist/haven.classic.js  the same as a classic script, for hosts without type="module";
// - dist/haven-loader.js   a small autoloader + dist/chunks/: per-element chunks sharing one Lit,
//                          and the myth/fact texts one id at a time;
// - dist/npm/              ES modules, source layout preserved, Lit external, for bundlers;
//                          types go to dist/types/ (tsc, see the build script).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

/** Each element folder's registration module: components/<name>/<name>.ts. */
const elements = readdirSync('components', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`components/${d.name}/${d.name}.ts`))
  .map((d) => d.name);

// The lists below come from src/generated/: a build from stale ones fails, saying what to run.
execFileSync(process.execPath, ['scripts/generate.js', '--check'], { stdio: 'inherit' });
const { elements: declared, locales } = JSON.parse(
  readFileSync('src/generated/elements.json', 'utf8'),
);
// A locale that is not shipped (a HAVEN_LOCALES folder such as the pseudo-locale) never reaches
// dist/: the build stops rather than bundle it.
const unshipped = locales.filter((l) => !l.shipped);
if (unshipped.length)
  throw new Error(
    `src/generated/ has the test-only locale(s) ${unshipped.map((l) => `${l.lang} (${l.at}/)`).join(', ')}: ` +
      'build without HAVEN_LOCALES (unset it, then `npm run build`)',
  );
/** The languages besides English: one folder each, content/<lang>/. */
const languages = locales.map((l) => l.lang);

/**
 * The loader build's chunk of an element folder's module, from the element's declaration: its
 * own chunk (`<name>`), its words and content in a language it declares (`<name>.<lang>`, from
 * `<name>.<lang>.ts` and `<name>.strings.<lang>.ts`), and for an element whose texts come by id
 * (`contentById`), `<name>.content.ts` with the map of where each text is (`content-ids`), or with
 * the whole packs when a page of it shows every text (`page: 'all'`, `content-groups`). Null for
 * a module outside components/. A folder with no declaration, or a file not named
 * `<name>.<role>.ts`, fails the build rather than land in a chunk nobody chose.
 */
export function elementChunk(id, elements = declared) {
  const path = id.replaceAll('\\', '/');
  // An element's registration in a locale (src/generated/locales/<lang>/<name>.ts) and its words
  // there (content/<lang>/strings/<name>.ts): the chunk `<name>.<lang>`.
  const local =
    path.match(/\/src\/generated\/locales\/([a-z]{2,3})\/([^/]+)\.ts$/) ??
    path.match(/\/content\/([a-z]{2,3})\/strings\/([^/]+)\.ts$/);
  if (local && elements.some((x) => x.name === local[2])) return `${local[2]}.${local[1]}`;
  const m = path.match(/\/components\/([^/]+)\/([^/]+)\.ts$/);
  if (!m) return null;
  const [, folder, file] = m;
  const e = elements.find((x) => x.name === folder);
  if (!e) throw new Error(`components/${folder}/ has no declaration: run \`npm run generate\``);
  if (file !== folder && !file.startsWith(`${folder}.`))
    throw new Error(`components/${folder}/${file}.ts: name it ${folder}.<role>.ts`);
  const role = file.slice(folder.length + 1);
  if (role === 'content') return e.contentById?.page === 'all' ? 'content-groups' : 'content-ids';
  return folder;
}

/**
 * Fails the loader build when its chunks are not the ones the declarations make: one per
 * element and one per element and language it speaks, one for the shared words of each such
 * language, besides the shared core and the content (so a moved file cannot add or fold a chunk
 * unnoticed).
 */
const declaredChunks = () => ({
  name: 'haven-declared-chunks',
  generateBundle(_, bundle) {
    const want = new Set(
      declared.flatMap((e) => [e.name, ...e.languages.map((l) => `${e.name}.${l}`)]),
    );
    const got = Object.values(bundle)
      .filter((c) => c.type === 'chunk' && !c.isEntry)
      .map((c) => c.name);
    for (const l of languages) want.add(`strings-${l}`);
    const other = got
      .filter((n) => !want.has(n) && !/^(core|content-.+)$/.test(n))
      .map((n) => `chunk "${n}"`);
    const lost = [...want].filter((n) => !got.includes(n));
    // An element's chunks hold its folder's modules only: a module of elsewhere that rollup put
    // there (shared by elements, outside any rule above) would load with that element's page.
    for (const c of Object.values(bundle)) {
      if (c.type !== 'chunk' || !want.has(c.name) || c.name.startsWith('strings-')) continue;
      const [name, lang] = c.name.split('.');
      const own = lang
        ? [`/src/generated/locales/${lang}/${name}.ts`, `/content/${lang}/strings/${name}.ts`]
        : [`/components/${name}/`];
      const outside = (m) =>
        !m.startsWith('\0') && !own.some((o) => m.replaceAll('\\', '/').includes(o));
      for (const m of c.moduleIds.filter(outside))
        other.push(`${m.replace(process.cwd(), '.')} in the chunk of ${c.name}`);
    }
    if (other.length || lost.length)
      this.error(
        `loader chunks differ from the declarations: ${[...other.map((n) => `unexpected ${n}`), ...lost.map((n) => `no "${n}"`)].join(', ')}`,
      );
  },
});

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
  const byId = declared.filter((e) => e.contentById);
  const folders = byId.map((e) => `/components/${e.name}/`);
  const inLocale = new RegExp(
    `/src/generated/locales/[a-z]{2,3}/(${byId.map((e) => e.name).join('|')})\\.ts$`,
  );
  return {
    name: 'haven-texts-by-id',
    resolveId(source, importer) {
      const at = importer?.replaceAll('\\', '/') ?? '';
      if (/\/src\/content\/builtin-\w+\.js$/.test(source))
        return folders.some((folder) => at.includes(folder)) ? '\0haven-by-id' : null;
      // The same packs in a locale, imported by the element's registration in that locale.
      if (/^\.\/builtin-\w+\.js$/.test(source) && inLocale.test(at)) return '\0haven-by-id';
      return null;
    },
    load: (id) => (id === '\0haven-by-id' ? 'export {};' : null),
  };
};

/**
 * The loader reads `lang` with the same function as every element (src/i18n/lang.ts), compiled
 * from the same file into the loader itself: the shared core keeps its own, so the loader imports
 * nothing and a page with no element loads no core.
 */
const loaderLang = () => ({
  name: 'haven-loader-lang',
  resolveId: (source, importer) =>
    source === './i18n/lang.js' && /[\\/]src[\\/]loader\.ts$/.test(importer ?? '')
      ? '\0haven-loader-lang'
      : null,
  async load(id) {
    if (id !== '\0haven-loader-lang') return null;
    const { transform } = await import('esbuild');
    const source = readFileSync('src/i18n/lang.ts', 'utf8');
    return (await transform(source, { loader: 'ts', format: 'esm' })).code;
  },
});

/**
 * dist/haven.css, from src/styles/haven.css: what a page links before the script has defined the
 * elements (the quick exit's bar, so nothing moves when it upgrades). A file, not a style block,
 * so a strict Content-Security-Policy allows it.
 */
const beforeDefined = () => ({
  name: 'haven-before-defined-css',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'haven.css',
      source: readFileSync('src/styles/haven.css', 'utf8'),
    });
  },
});

export default [
  {
    input: 'src/define.ts',
    output: { file: 'dist/haven.js', format: 'es' },
    plugins: [...browser('dist'), beforeDefined()],
  },
  {
    input: 'src/define.ts',
    output: { file: 'dist/haven.classic.js', format: 'iife', name: 'HavenWidgets' },
    plugins: browser('dist', false),
  },
  // The drop-in of each locale (dist/haven.es.js…): every element, in English and that language.
  ...languages.map((lang) => ({
    input: `src/generated/define.${lang}.ts`,
    output: { file: `dist/haven.${lang}.js`, format: 'es' },
    plugins: browser('dist'),
  })),
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
      manualChunks(id) {
        // Lit and the shared core together: every page with an element needs both, and one file
        // compresses better than two.
        if (/node_modules\/(lit|lit-html|lit-element|@lit)\//.test(id)) return 'core';
        // An element folder's modules: where its declaration puts them.
        const own = elementChunk(id);
        if (own) return own;

        // A text brought by id: one chunk per item and language (content-myths.<slug>[.es]).
        const one = id.match(/src\/content\/generated\/(\w+)\/([\w-]+)\.(\w+)\.ts$/);
        if (one) return `content-${one[1]}.${one[2]}${one[3] === 'en' ? '' : `.${one[3]}`}`;
        // Where each text is, in English (content-ids, with the module that reads a card's id)
        // and in each other language (content-ids.<lang>); each topic's ids (content-topics);
        // the whole packs, with the module that reads a group's (content-groups). A page loads
        // only those it uses.
        // How a group's topic is read goes with them: only a group's page reads one.
        if (/generated\/\w+\.wholes\.ts$|\/src\/content\/topic\.ts$/.test(id))
          return 'content-groups';
        if (/generated\/\w+\.topics\.ts$/.test(id)) return 'content-topics';
        const ids = id.match(/src\/content\/generated\/\w+\.ids(\.\w+)?\.ts$/);
        if (ids) return `content-ids${ids[1] ?? ''}`;
        if (/src\/content\/\w+-by-id\.ts$/.test(id)) return 'content-ids';
        // One chunk per pack and language: an English page never loads a Spanish byte. The
        // table's two packs travel together: it reads both wherever it is used.
        const local = id.match(/src\/generated\/locales\/(\w+)\/builtin-(\w+)\.ts$/);
        if (local) return `content-${local[2]}-${local[1]}`;
        const pack = id.match(/src\/content\/(?:generated\/(\w+)\.(\w+)|builtin-(\w+))\.ts$/);
        if (pack) {
          const lang = pack[2] ?? 'en';
          const name = (pack[1] ?? pack[3]).replace(/^(wellbeing|barriers)$/, 'tables');
          return `content-${name}${lang === 'en' ? '' : `-${lang}`}`;
        }
        // The content registry and the source list only where content is shown: a page with a
        // quick exit or a resource panel alone does not load them.
        if (/\/src\/(content\/registry|internal\/sources)\.ts$/.test(id)) return 'content-core';
        // Each other language's shared words (content/<lang>/strings/shared.ts) in a chunk of its own.
        const words = id.match(/\/content\/(\w+)\/strings\/shared\.ts$/);
        if (words && languages.includes(words[1])) return `strings-${words[1]}`;
        if (/\/src\/(internal|styles|i18n|content|events)/.test(id)) {
          return 'core';
        }
        return undefined;
      },
    },
    plugins: [textsById(), declaredChunks(), loaderLang(), ...browser('dist')],
  },
  {
    input: Object.fromEntries([
      ['src/index', 'src/index.ts'],
      ['src/define', 'src/define.ts'],
      // `haven-widgets/<lang>.js`: every element's words and content in the language.
      ...languages.map((lang) => [`src/${lang}`, `src/generated/${lang}.ts`]),
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
