#!/usr/bin/env node
// Serves the demo practice site (dist/demo/, assembled by the build from demo/) and the built
// bundles (dist/) on 127.0.0.1. `npm start` builds first. PORT sets the port (default 8000).
import { resolve } from 'node:path';
import { startServer } from './lib/server.js';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 8000);

try {
  const { url } = await startServer({
    port,
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
