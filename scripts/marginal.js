// What each element adds to dist/haven.js: builds the bundle's registrations with and without one
// element (its folder, or a group of folders that ship together) and compares the brotli sizes.
// The element issues set these budgets; `npm run size` prints them under the main report.
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import { browser } from '../rollup.config.js';

/**
 * The groups and their budgets in brotli bytes, from each folder's declaration (`size` in
 * `<name>.element.ts`, gathered by `npm run generate`). `alone` measures a bundle holding only that
 * group (the cards' budget covers Lit and the shared core too); the others measure what the group
 * adds to everything else.
 */
export const GROUPS = JSON.parse(
  readFileSync(new URL('../src/generated/elements.json', import.meta.url), 'utf8'),
).sizeGroups;

const brotli = (code) =>
  brotliCompressSync(Buffer.from(code), {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;

/** Brotli size of one minified ES module registering the elements of `folders`. */
async function bundleSize(folders) {
  const entry = '\0marginal-entry';
  const bundle = await rollup({
    input: entry,
    onwarn: () => {},
    plugins: [
      {
        name: 'marginal-entry',
        resolveId: (id) => (id === entry ? entry : null),
        load: (id) =>
          id === entry
            ? folders
                .map((f) => `import ${JSON.stringify(`./components/${f}/${f}.ts`)};`)
                .join('\n')
            : null,
      },
      // The same plugins as dist/haven.js, so the sizes are the bundle's own.
      ...browser('.cache/marginal'),
    ],
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  return brotli(output[0].code);
}

/** Every group present in components/, with its size and budget. */
export async function marginalSizes(all) {
  const present = (f) => existsSync(`components/${f}/${f}.ts`);
  const everything = all.filter(present);
  const full = await bundleSize(everything);
  const out = [];
  for (const g of GROUPS) {
    const mine = g.folders.filter(present);
    if (!mine.length) continue;
    const bytes = g.alone
      ? await bundleSize(mine)
      : full - (await bundleSize(everything.filter((f) => !mine.includes(f))));
    out.push({
      what: g.name,
      bytes,
      budget: { budget: g.budget, target: g.target, raised: g.raised },
    });
  }
  return out;
}
