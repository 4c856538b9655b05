#!/usr/bin/env node
// From custom-elements.json, writes the editor data that gives page authors completion:
// vscode.html-custom-data.json (VS Code's html.customData) and web-types.json (JetBrains IDEs).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));

const declarations = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName);

/** Values of a union of string literals, e.g. `'a' | 'b'`, for value completion. */
const literals = (type) =>
  [...(type?.text ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]).filter(Boolean);

const described = (d) => [d.summary, d.description].filter(Boolean).join('\n\n');

const vscode = {
  $schema:
    'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: declarations.map((d) => ({
    name: d.tagName,
    description: described(d),
    attributes: (d.attributes ?? []).map((a) => ({
      name: a.name,
      description: a.description ?? '',
      ...(literals(a.type).length ? { values: literals(a.type).map((name) => ({ name })) } : {}),
      ...(a.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
    })),
  })),
};

const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: declarations.map((d) => ({
        name: d.tagName,
        description: described(d),
        attributes: (d.attributes ?? []).map((a) => ({
          name: a.name,
          description: a.description ?? '',
          value: { type: a.type?.text ?? 'string', required: false },
        })),
        slots: (d.slots ?? []).map((s) => ({
          name: s.name || 'default',
          description: s.description ?? '',
        })),
        events: (d.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '' })),
        css: {
          parts: (d.cssParts ?? []).map((p) => ({
            name: p.name,
            description: p.description ?? '',
          })),
          properties: (d.cssProperties ?? []).map((p) => ({
            name: p.name,
            description: p.description ?? '',
          })),
        },
      })),
    },
  },
};

writeFileSync(
  resolve(root, 'vscode.html-custom-data.json'),
  `${JSON.stringify(vscode, null, 2)}\n`,
);
writeFileSync(resolve(root, 'web-types.json'), `${JSON.stringify(webTypes, null, 2)}\n`);
console.log(
  `editor data: ${declarations.length} elements → vscode.html-custom-data.json, web-types.json`,
);
