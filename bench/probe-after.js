// See probe-before.js.
window.__upgradeMs = performance.now() - window.__upgradeStart;
