/**
 * The content rules over the built-in strings files, in the language each is written in: each
 * element's English (`components/<name>/<name>.strings.ts`, `src/i18n/en.ts`) and each locale's
 * words and source descriptions (`content/<locale>/strings/*.ts`, `content/<locale>/sources.ts`).
 * Run by the content compiler (`npm run content`, before every build), so an element's own words
 * meet the same rules as the content they show.
 */
import { transformSync } from 'esbuild';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkText } from '../src/lint/rules.js';
import type { CompileError } from './content-compiler.js';

/** A locale's folder (scripts/lib/locales.js). */
export interface LocaleFolder {
  lang: string;
  dir: string;
}

/** Each strings file with its language. */
export function stringsFiles(
  root: string,
  locales: readonly LocaleFolder[] = [],
): Array<{ path: string; lang: string }> {
  const out: Array<{ path: string; lang: string }> = [];
  const components = join(root, 'components');
  for (const name of existsSync(components) ? readdirSync(components).sort() : []) {
    const file = join(components, name, `${name}.strings.ts`);
    if (existsSync(file)) out.push({ path: file, lang: 'en' });
  }
  if (existsSync(join(root, 'src/i18n/en.ts')))
    out.push({ path: join(root, 'src/i18n/en.ts'), lang: 'en' });
  for (const { lang, dir } of locales) {
    const strings = join(dir, 'strings');
    for (const file of existsSync(strings) ? readdirSync(strings).sort() : []) {
      if (file.endsWith('.ts')) out.push({ path: join(strings, file), lang });
    }
    if (existsSync(join(dir, 'sources.ts'))) out.push({ path: join(dir, 'sources.ts'), lang });
  }
  return out;
}

/** Every string in a value, with its key path (`list[2]`, `count.other`). */
function* walk(value: unknown, key: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [key, value];
  else if (Array.isArray(value))
    for (const [i, v] of value.entries()) yield* walk(v, `${key}[${i}]`);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* walk(v, key ? `${key}.${k}` : k);
  }
}

/** The line (from 1) where `text` is written in `source`, or where `key` is, or 1. */
function lineOf(source: string, key: string, text: string): number {
  const probe = JSON.stringify(text.slice(0, 40)).slice(1, -1);
  let at = source.indexOf(probe);
  if (at < 0) at = source.search(new RegExp(`\\b${key.replace(/[[.].*$/, '')}\\s*:`));
  return at < 0 ? 1 : source.slice(0, at).split('\n').length;
}

/** Checks every built-in strings file under `root` against the built-in content rules. */
export async function checkStrings(
  root: string,
  locales: readonly LocaleFolder[] = [],
): Promise<CompileError[]> {
  const errors: CompileError[] = [];
  for (const { path, lang } of stringsFiles(root, locales)) {
    const source = readFileSync(path, 'utf8');
    // Strings files import types only: stripping them leaves a module Node can load as it is.
    const { code } = transformSync(source, { loader: 'ts', format: 'esm' });
    const mod = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as object;
    const file = relative(process.cwd(), path) || path;
    for (const [name, value] of Object.entries(mod)) {
      for (const [key, text] of walk(value, '')) {
        for (const f of checkText(text, 'builtin', lang)) {
          errors.push({
            file,
            line: lineOf(source, key, text),
            field: `${name}.${key}`,
            message: f.message,
            rule: f.rule,
          });
        }
      }
    }
  }
  return errors;
}
