#!/usr/bin/env node
// Checks what an editor wrote inside a page's <haven-*> elements against the content rules:
//   npx haven-lint page.html [more.html …]      (or: cat post.html | npx haven-lint -)
//   npx haven-lint --format json page.html
// Prints "file:line:col  severity  message  rule", exits 1 when there is an error, 0 when there
// are only warnings (or nothing). It reads the files and never writes to them.
import { readFileSync } from 'node:fs';

const USAGE = `usage: haven-lint [--format stylish|json] [--max-warnings N] <file.html | -> …
  Checks the words, links, ids and review dates an editor wrote in <haven-*> elements.
  -                 read the page from standard input
  --format json     ESLint-style JSON on standard output
  --max-warnings N  exit 1 when there are more than N warnings
  --lang TAG        the language of a page or post with no lang of its own (default en);
                    words are checked in the language of their nearest lang (es: Spanish rules)
  --rules           list the rules and their sources
Exit status: 0 no errors (warnings allowed), 1 errors (or too many warnings), 2 usage or read error.`;

const args = process.argv.slice(2);
const files = [];
let format = 'stylish';
let maxWarnings = Infinity;
let listRules = false;
let lang = '';
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  const value = () => {
    const v = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
    if (v === undefined) usage(`${arg} needs a value`);
    return v;
  };
  if (arg === '-h' || arg === '--help') {
    console.log(USAGE);
    process.exit(0);
  } else if (arg === '--format' || arg.startsWith('--format=')) format = value();
  else if (arg === '--max-warnings' || arg.startsWith('--max-warnings=')) {
    maxWarnings = Number(value());
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0)
      usage('--max-warnings needs a whole number');
  } else if (arg === '--lang' || arg.startsWith('--lang=')) {
    lang = value().trim();
    if (!/^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(lang))
      usage(`--lang needs a language tag such as en or es, not "${lang}"`);
  } else if (arg === '--rules') listRules = true;
  else if (arg.startsWith('-') && arg !== '-') usage(`unknown option ${arg}`);
  else files.push(arg);
}
if (!['stylish', 'json'].includes(format)) usage(`unknown format "${format}": use stylish or json`);
if (!files.length && !listRules) usage('name a file, or - for standard input');

function usage(problem) {
  console.error(`haven-lint: ${problem}\n${USAGE}`);
  process.exit(2);
}

// Inside this repository the sources are used directly when there is no build; installed, dist/npm.
let lint;
try {
  lint = await import('../dist/npm/src/lint/lint.js');
} catch {
  const { loadTs } = await import('../scripts/lib/load-ts.js');
  lint = await loadTs('src/lint/lint.ts');
}

if (listRules) {
  for (const rule of lint.RULES) {
    if (!rule.severity.editor) continue;
    console.log(
      `${rule.id}  ${rule.severity.editor}  ${rule.description}\n    source: ${rule.source}`,
    );
  }
  if (!files.length) process.exit(0);
}

const results = [];
for (const file of files) {
  let source;
  try {
    source = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (err) {
    console.error(`haven-lint: cannot read ${file}: ${err.message}`);
    process.exit(2);
  }
  const messages = lint.lintHtml(source, undefined, lang);
  results.push({
    filePath: file === '-' ? '<stdin>' : file,
    messages,
    errorCount: messages.filter((m) => m.severity === 'error').length,
    warningCount: messages.filter((m) => m.severity === 'warning').length,
  });
}

const errors = results.reduce((n, r) => n + r.errorCount, 0);
const warnings = results.reduce((n, r) => n + r.warningCount, 0);
const sources = new Map(lint.RULES.map((r) => [r.id, r.source]));

if (format === 'json') {
  // ESLint's JSON shape (severity 2 = error, 1 = warning, ruleId), plus each rule's source.
  const json = results.map((r) => ({
    ...r,
    messages: r.messages.map((m) => ({
      ruleId: m.rule,
      severity: m.severity === 'error' ? 2 : 1,
      message: m.message,
      line: m.line,
      column: m.column,
      endLine: m.endLine,
      endColumn: m.endColumn,
      source: sources.get(m.rule),
    })),
  }));
  console.log(JSON.stringify(json, null, 2));
} else {
  for (const r of results) {
    for (const m of r.messages) {
      console.log(`${r.filePath}:${m.line}:${m.column}  ${m.severity}  ${m.message}  ${m.rule}`);
    }
  }
  const total = errors + warnings;
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (total) {
    console.log(
      `\n${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}). ` +
        'Rules and their sources: haven-lint --rules',
    );
  }
}

process.exit(errors > 0 || warnings > maxWarnings ? 1 : 0);
