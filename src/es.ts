// The Spanish of every element: words and built-in content (`haven-widgets/es.js`). Import it
// next to the elements on a site with Spanish pages; it registers no element. See
// docs/translators.md.
import './generated/es.js';
