// One check of a node:test suite that drives a browser or a server from Node (the trust suite,
// the WordPress test): a subtest of `t` that fails with its list of problems (falsy entries are
// no problem; each is said once, at most twelve shown).
export function check(t, name, failures) {
  const list = [...new Set(failures.filter(Boolean))];
  return t.test(name, () => {
    if (!list.length) return;
    const shown = list.slice(0, 12).map((f) => `  ${f}`);
    if (list.length > 12) shown.push(`  … and ${list.length - 12} more`);
    const err = new Error(`${list.length} problem(s):\n${shown.join('\n')}`);
    // The list is the whole story: no stack trace of the test's own code.
    err.stack = `Error: ${err.message}`;
    throw err;
  });
}
