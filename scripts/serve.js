#!/usr/bin/env node
// Serves the demo practice site (dist/demo/, assembled by the build from demo/) and the built
// bundles (dist/) on 127.0.0.1. `npm start` builds first. PORT sets the port (default 8000).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { STRICT_CSP, startServer } from './lib/server.js';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 8000);
// The demo pages are pre-rendered at build: their shadow roots' <style> blocks are allowed by
// hash, the rest of the policy unchanged (scripts/build-pages.js writes the hashes).
const hashFile = resolve(root, 'dist/demo/style-hashes.json');
const hashes = existsSync(hashFile) ? JSON.parse(readFileSync(hashFile, 'utf8')) : [];
const csp = STRICT_CSP.replace("style-src 'self'", ["style-src 'self'", ...hashes].join(' '));

try {
  const { url } = await startServer({
    port,
    headers: { 'content-security-policy': csp },
    mounts: { '/': resolve(root, 'dist/demo'), '/dist/': resolve(root, 'dist') },
  });
  console.log(`haven-widgets demo: ${url}  (Ctrl+C to stop)`);
  console.log(`builder:            ${url}dist/builder.html`);
} catch (err) {
  if (err.code === 'EADDRINUSE') {
    console.error(`Port ${port} is in use. Start with another: PORT=8001 npm start`);
    process.exit(1);
  }
  throw err;
}
