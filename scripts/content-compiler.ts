/**
 * The build-time content compiler: reads `content/<locale>/<collection>/*.md`, validates every
 * file against `src/content/schema.ts`, turns the markdown body into trusted HTML with marked
 * (raw HTML, headings, images and non-https links are errors), and writes one typed module per
 * collection to `src/content/generated/`.
 */
import matter from 'gray-matter';
import { Marked, type Token, type Tokens } from 'marked';
import { readdirSync, readFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkText } from '../src/lint/rules.js';
import {
  checkHttpsUrl,
  checkMythFrontMatter,
  type ContentIssue,
  checkWellbeingFrontMatter,
  checkBarrierFrontMatter,
  checkCompetenceFrontMatter,
  localSource,
  SEEDS,
  type Source,
} from '../src/content/schema.js';

/**
 * How many times the English length limits (a heading's 90 characters, a cell's 120…) a
 * translation may use: text grows in translation, by about 30-40% from English for a sentence and
 * more for a short label (W3C Internationalization, "Text size in translation"), so a limit that
 * an English author writes to leaves the translation half as much again.
 */
export const TRANSLATION_ROOM = 1.5;

/** A collection: a folder of markdown files and the schema check for their front matter. */
interface Collection {
  /** Folder under `content/<locale>/`, also the id prefix. */
  name: string;
  /** The exported constant's name in the generated module. */
  exportName: string;
  /** The item type's name in `src/content/schema.ts`. */
  typeName: string;
  /** `room`: how many times the English length limits a translation may use. */
  check: (
    data: Record<string, unknown>,
    slug: string,
    issues: ContentIssue[],
    room?: number,
  ) => { id: string };
  /** The front-matter fields written for visitors, which the content rules read. */
  textFields: string[];
  /** Whether the markdown body is required. */
  bodyRequired: boolean;
  /** A body is an error: everything is in the front matter (table rows). */
  noBody?: boolean;
  /** Items carry a numeric `order`: sort by it (file name breaks ties), then drop it. */
  ordered?: boolean;
  /**
   * The registry function of a collection the loader brings one id at a time: each item also
   * gets a module of its own that registers it, and `<name>.ids.ts` maps every id to them.
   */
  byId?: string;
}

export const COLLECTIONS: Collection[] = [
  {
    name: 'myths',
    exportName: 'myths',
    typeName: 'MythItem',
    check: checkMythFrontMatter,
    textFields: ['fact', 'myth'],
    bodyRequired: true,
    byId: 'registerMyths',
  },
  {
    name: 'wellbeing',
    exportName: 'wellbeing',
    typeName: 'TableRow',
    check: checkWellbeingFrontMatter,
    textFields: ['area', 'strategies', 'examples'],
    bodyRequired: false,
    noBody: true,
    ordered: true,
  },
  {
    name: 'barriers',
    exportName: 'barriers',
    typeName: 'TableRow',
    check: checkBarrierFrontMatter,
    textFields: ['barrier', 'impact', 'ways'],
    bodyRequired: false,
    noBody: true,
    ordered: true,
  },
  {
    name: 'competence',
    exportName: 'competence',
    typeName: 'CompetenceItem',
    check: checkCompetenceFrontMatter,
    textFields: ['text'],
    bodyRequired: false,
    noBody: true,
    ordered: true,
  },
];

export interface CompileError {
  file: string;
  /** The line (from 1) of the problem, or of the field it is in. */
  line: number;
  field: string;
  message: string;
  /** The content rule broken (`src/lint/rules.ts`), when it is one. */
  rule?: string;
}

/**
 * The line of `issue` in the file `raw`: within the body when it is there, else the line of its
 * front-matter field (the field's key, for a problem inside a value).
 */
function lineOf(raw: string, body: string, issue: ContentIssue): number {
  const lines = (text: string) => text.split('\n').length;
  if (issue.field === 'body') {
    const start = body ? raw.indexOf(body) : -1;
    if (start >= 0) return lines(raw.slice(0, start + (issue.offset ?? 0)));
  }
  const key = issue.field.replace(/[[.].*$/, '');
  const at = new RegExp(`^${key}\\s*:`, 'm').exec(raw);
  if (!at) return 1;
  // A value written across lines: count the lines of the value before the offset too.
  const value = raw.slice(at.index, at.index + raw.slice(at.index).search(/\n(?=\S)|$/));
  const before = value.slice(0, value.indexOf(':') + 1 + (issue.offset ?? 0));
  return lines(raw.slice(0, at.index)) + lines(before) - 1;
}

export interface CompileResult {
  errors: CompileError[];
  /** Items by collection name, in file-name order. */
  items: Record<string, Array<Record<string, unknown>>>;
}

const marked = new Marked({ gfm: true, breaks: false, async: false });
marked.use({
  renderer: {
    link({ href, tokens }: Tokens.Link): string {
      const label = this.parser.parseInline(tokens);
      return `<a href="${escapeAttr(href)}" rel="noopener noreferrer" referrerpolicy="no-referrer">${label}</a>`;
    },
  },
});

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * Records an issue for each content rule `value` (written in `locale`) breaks: stigmatizing terms,
 * absolute promises, a kind of service called confidential, private or anonymous. The rules, with their sources,
 * live in `src/lint/rules.ts`, shared with `haven-lint`; runtime code never imports them.
 */
export function checkLanguage(
  value: string,
  field: string,
  issues: ContentIssue[],
  locale = 'en',
): void {
  for (const f of checkText(value, 'builtin', locale)) {
    issues.push({ field, message: f.message, rule: f.rule, offset: f.offset });
  }
}

/** Renders a markdown body to HTML, recording anything the content rules forbid. */
export function renderMarkdown(body: string, issues: ContentIssue[], locale = 'en'): string {
  checkLanguage(body, 'body', issues, locale);
  const tokens = marked.lexer(body);
  marked.walkTokens(tokens, (token: Token) => {
    switch (token.type) {
      case 'html':
        issues.push({
          field: 'body',
          message: `raw HTML is not allowed: ${token.raw.trim().slice(0, 40)}`,
        });
        break;
      case 'heading':
        issues.push({
          field: 'body',
          message: 'headings are not allowed in a body; the element supplies them',
        });
        break;
      case 'image':
        issues.push({
          field: 'body',
          message: 'images are not allowed: the widgets load nothing from the network',
        });
        break;
      case 'link': {
        const problem = checkHttpsUrl((token as Tokens.Link).href);
        if (problem) issues.push({ field: 'body', message: `link ${problem}` });
        break;
      }
    }
  });
  // marked escapes quotes everywhere; between tags they need no escaping, and plain characters
  // ship smaller. Attribute values keep theirs.
  return (marked.parser(tokens) as string)
    .trim()
    .replace(/>[^<]+</g, (text) => text.replace(/&#39;/g, "'").replace(/&quot;/g, '"'));
}

/**
 * Compiles every collection under `contentDir/<locale>/` (or the locale's own folder, `dir`),
 * its sources described with `described` (`content/<locale>/sources.ts`). Writes nothing.
 */
export function compileContent(
  contentDir: string,
  locale = 'en',
  dir_: string = join(contentDir, locale),
  described: Readonly<Record<string, string>> = {},
): CompileResult {
  const errors: CompileError[] = [];
  const items: CompileResult['items'] = {};
  const seen = new Map<string, string>();

  for (const collection of COLLECTIONS) {
    const dir = join(dir_, collection.name);
    const list: Array<Record<string, unknown>> = [];
    items[collection.name] = list;
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .sort();
    for (const name of files) {
      const path = join(dir, name);
      const file = relative(process.cwd(), path) || path;
      const slug = name.slice(0, -3);
      const issues: ContentIssue[] = [];
      let parsed: matter.GrayMatterFile<string>;
      const raw = readFileSync(path, 'utf8');
      try {
        parsed = matter(raw);
      } catch (err) {
        errors.push({
          file,
          line: 1,
          field: 'front matter',
          message: (err as Error).message.split('\n')[0] ?? '',
        });
        continue;
      }
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
        issues.push({ field: 'file name', message: 'use lowercase letters, digits and hyphens' });
      }
      const item: Record<string, unknown> = {
        ...collection.check(parsed.data, slug, issues, locale === 'en' ? 1 : TRANSLATION_ROOM),
      };
      // A translation describes its sources in its own language (document titles stay as written).
      if (Array.isArray(item.sources) && locale !== 'en')
        item.sources = (item.sources as Source[]).map((src) => {
          const local = localSource(src, locale, described);
          if (local === src && Object.values(SEEDS).some((seed) => seed.title === src.title))
            issues.push({
              field: 'sources',
              message: `"${src.title}" has no ${locale} description: add it to ${join(dir_, 'sources.ts')}`,
            });
          return local;
        });
      for (const field of collection.textFields) {
        const value = parsed.data[field];
        if (typeof value === 'string') checkLanguage(value.trim(), field, issues, locale);
      }
      const body = parsed.content.trim();
      if (collection.bodyRequired && !body) issues.push({ field: 'body', message: 'is missing' });
      if (collection.noBody && body) {
        issues.push({ field: 'body', message: 'is not used: put the text in the front matter' });
      }
      if (body) item.html = renderMarkdown(body, issues, locale);
      // The id as written: two files can claim the same one even though each must match its name.
      const id = typeof parsed.data.id === 'string' ? parsed.data.id : String(item.id);
      const clash = seen.get(id);
      if (clash)
        issues.push({ field: 'id', message: `duplicate id "${id}", also used by ${clash}` });
      seen.set(id, file);
      for (const issue of issues) {
        const { field, message, rule } = issue;
        errors.push({
          file,
          line: lineOf(raw, body, issue),
          field,
          message,
          ...(rule && { rule }),
        });
      }
      if (!issues.length) list.push(item);
    }
    if (collection.ordered) {
      list.sort((a, b) => Number(a.order) - Number(b.order));
      for (const item of list) delete item.order;
    }
  }
  return { errors, items };
}

const generatedFrom = (locale: string, name: string) =>
  `// Generated by scripts/compile-content.js from content/${locale}/${name}/. Do not edit.\n`;

/**
 * Writes one TypeScript module per collection to `outDir`; and, for a collection brought by id,
 * one module per item (`<name>/<slug>.<locale>.ts`) that registers that item alone.
 */
export function writeModules(result: CompileResult, outDir: string, locale = 'en'): string[] {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  const write = (path: string, source: string) => {
    writeFileSync(path, source);
    written.push(path);
  };
  for (const collection of COLLECTIONS) {
    const data = result.items[collection.name] ?? [];
    write(
      join(outDir, `${collection.name}.${locale}.ts`),
      generatedFrom(locale, collection.name) +
        `import type { ${collection.typeName} } from '../schema.js';\n\n` +
        `export const ${collection.exportName}: readonly ${collection.typeName}[] = ${JSON.stringify(data, null, 2)};\n`,
    );
    if (!collection.byId) continue;
    const dir = join(outDir, collection.name);
    // Items gone from content/ leave no module behind.
    for (const f of existsSync(dir) ? readdirSync(dir) : [])
      if (f.endsWith(`.${locale}.ts`)) rmSync(join(dir, f));
    mkdirSync(dir, { recursive: true });
    for (const item of data) {
      write(
        join(dir, `${slugOf(item)}.${locale}.ts`),
        generatedFrom(locale, collection.name) +
          `import { ${collection.byId} } from '../../registry.js';\n\n` +
          `${collection.byId}([${JSON.stringify(item, null, 2)}], '${locale}');\n`,
      );
    }
  }
  return written;
}

/** The file name of an item's own module: its id without the collection. */
const slugOf = (item: Record<string, unknown>) => String(item.id).replace(/^[^/]*\//, '');

/**
 * For each collection brought by id, the maps the loader reads (src/content/myths-by-id.ts):
 * `<name>.ids.ts`, each id (old ids of renamed items too) to its English item's own module, and
 * the old ids; `<name>.ids.<locale>.ts`, the same in each other locale, loaded only for an
 * element in it; for groups, `<name>.topics.ts`, each topic's ids, and `<name>.wholes.ts`, each
 * locale's whole pack.
 * `results` is every locale's, English first.
 */
export function writeIdIndexes(results: Record<string, CompileResult>, outDir: string): string[] {
  const written: string[] = [];
  const write = (file: string, lines: string[]) => {
    const path = join(outDir, file);
    writeFileSync(path, [...lines, ''].join('\n'));
    written.push(path);
  };
  const locales = Object.keys(results).filter((l) => l !== 'en');
  for (const collection of COLLECTIONS.filter((c) => c.byId)) {
    const { name } = collection;
    const header = `// Generated by scripts/compile-content.js from content/*/${name}/. Do not edit.`;
    const items = results.en?.items[name] ?? [];
    const formerly = (item: Record<string, unknown>) =>
      (item.formerly as string[] | undefined) ?? [];
    const renamed: Record<string, string> = {};
    const topics: Record<string, string[]> = {};
    for (const item of items) {
      for (const old of formerly(item)) renamed[old] = String(item.id);
      for (const topic of (item.topics as string[] | undefined) ?? [])
        (topics[topic] ??= []).push(String(item.id));
    }
    const modules = (locale: string) =>
      (results[locale]?.items[name] ?? []).flatMap((item) => {
        const load = `() => import('./${name}/${slugOf(item)}.${locale}.js')`;
        return [item.id, ...formerly(item)].map((id) => `  ${JSON.stringify(id)}: ${load},`);
      });
    const map = 'Record<string, () => Promise<unknown>>';
    write(`${name}.ids.ts`, [
      header,
      '',
      '/** Old ids of renamed items, to their current id. */',
      `export const renamed: Record<string, string> = ${JSON.stringify(renamed)};`,
      '',
      "/** Each id (old ids too), in the pack's order, to the module that registers its English item alone. */",
      `export const en: ${map} = {`,
      ...modules('en'),
      '};',
      '',
      '/** The same in each other locale, loaded only for an element in it. */',
      `export const locales: Record<string, () => Promise<{ modules: ${map} }>> = {`,
      ...locales.map((l) => `  ${l}: () => import('./${name}.ids.${l}.js'),`),
      '};',
    ]);
    for (const locale of locales) {
      write(`${name}.ids.${locale}.ts`, [
        header,
        '',
        `/** Each id (old ids too) to the module that registers its item in "${locale}" alone. */`,
        `export const modules: ${map} = {`,
        ...modules(locale),
        '};',
      ]);
    }
    write(`${name}.topics.ts`, [
      header,
      '',
      "/** Each topic's ids, in the pack's order. */",
      `export const topics: Record<string, readonly string[]> = ${JSON.stringify(topics)};`,
    ]);
    write(`${name}.wholes.ts`, [
      header,
      '',
      '/** By locale, the module that registers the whole pack. */',
      'export const wholes: Record<string, () => Promise<unknown>> = {',
      ...Object.keys(results).map(
        (l) =>
          `  ${l}: () => import('${l === 'en' ? '..' : `../../generated/locales/${l}`}/builtin-${name}.js'),`,
      ),
      '};',
    ]);
  }
  return written;
}
