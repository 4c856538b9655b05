// The benchmark page's own script (a file, so the strict CSP holds). It imports the markup for
// the run named in the query string, inserts it, and reports the time until every element has
// rendered and the next frame has been painted.
import { settle } from './out/dom.js';

const params = new URLSearchParams(location.search);
const run = params.get('run');

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

const { markup, tags } = await import(`./out/${run}.js`);
await Promise.all(tags.map((t) => customElements.whenDefined(t)));
await frame();
await frame();

const host = document.getElementById('host');
const t0 = performance.now();
host.innerHTML = markup;
await settle(host);
await frame();
await frame(); // the frame after the one that painted the inserted content
const t1 = performance.now();
window.__benchResult = { ms: t1 - t0, nodes: host.querySelectorAll('*').length };
