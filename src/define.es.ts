// Every element with its English and Spanish words and content: the entry of `dist/haven.es.js`,
// the drop-in for sites with Spanish pages (`dist/haven.js` stays English only).
import './es.js';

export * from './define.js';
