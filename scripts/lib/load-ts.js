// Loads a TypeScript module in Node 20 (which cannot strip types) by bundling it with esbuild
// into .cache/ and importing the result. Used by the build-time scripts and Node-side tests.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '../..');

export async function loadTs(entry) {
  const outdir = resolve(root, '.cache/ts');
  mkdirSync(outdir, { recursive: true });
  const outfile = resolve(outdir, `${basename(entry, '.ts')}.mjs`);
  await build({
    entryPoints: [resolve(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'error',
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}
