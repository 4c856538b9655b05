/**
 * The in-page half of the trust suite: discovers every element's inputs, renders cases, and
 * checks what the widgets rendered. `trust.test.js` drives it through `window.havenTrust` (see
 * `page.ts`). Everything here is generic: it loops over `allExamples` and reads each element's
 * inputs from its class (`observedAttributes`, Lit's `elementProperties`), the slots it renders,
 * and the optional `trust` hints of its example set.
 */
export { deepText, settle, toggles } from '../lib/dom.js';
export * from './harness/common.js';
export * from './harness/inspect.js';
export * from './harness/discover.js';
export * from './harness/cases.js';
export * from './harness/malformed.js';
export * from './harness/pages.js';
export * from './harness/embedding.js';
