// The pre-rendered bench page loads this module just before dist/haven.js, and probe-after.js just
// after it: module scripts run in order, each followed by its microtasks, so the time between the
// two is what upgrading the page holds the main thread for before the browser may paint.
window.__upgradeStart = performance.now();
