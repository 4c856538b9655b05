// The server renderer the package ships (dist/npm), for the command-line tools. Nothing outside
// the package's `files`: in a clone of the repository, it needs a build first.
export async function loadSsr(tool) {
  try {
    return await import('../dist/npm/src/ssr.js');
  } catch (err) {
    console.error(
      `${tool}: cannot load dist/npm/src/ssr.js (${err.message}); in a clone of the repository, run npm run build first`,
    );
    process.exit(1);
  }
}
