// Two outputs from the same sources:
// - dist/haven.js: one minified ES module with Lit, every element and the built-in English
//   content, for the CMS snippet (<script type="module" src=".../haven.js">);
// - dist/npm/: ES modules with the source tree preserved and Lit left external, for developers
//   who import from npm and bundle themselves. Types go to dist/types/ (tsc, see `build`).
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyTemplates from './scripts/lib/minify-templates.js';

const ts = (outDir) =>
  typescript({
    tsconfig: './tsconfig.json',
    declaration: false,
    outDir,
    noEmitOnError: true,
  });

const minify = terser({
  ecma: 2022,
  module: true,
  format: { comments: false },
  compress: { passes: 2 },
});

export default [
  {
    input: 'src/define.ts',
    output: { file: 'dist/haven.js', format: 'es', sourcemap: false },
    // Lit's production build: no dev-mode warnings, smaller.
    plugins: [resolve({ exportConditions: ['production'] }), ts('dist'), minifyTemplates(), minify],
  },
  {
    input: {
      'src/index': 'src/index.ts',
      'src/define': 'src/define.ts',
      'components/myth-fact/myth-fact': 'components/myth-fact/myth-fact.ts',
      'components/myth-facts/myth-facts': 'components/myth-facts/myth-facts.ts',
      'components/wellbeing-table/wellbeing-table': 'components/wellbeing-table/wellbeing-table.ts',
    },
    external: [/^lit(\/|$)/, /^@lit\//, 'tslib'],
    output: { dir: 'dist/npm', format: 'es', preserveModules: true, entryFileNames: '[name].js' },
    plugins: [resolve(), ts('dist/npm')],
  },
];
