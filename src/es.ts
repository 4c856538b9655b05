// The Spanish of every element: words and built-in content. Import it (`haven-widgets/es.js`)
// next to the elements on a site with Spanish pages; it registers no element. See README "Spanish".
import '../components/myth-fact/myth-fact.es.js';
import '../components/myth-facts/myth-facts.es.js';
import '../components/wellbeing-table/wellbeing-table.es.js';
import '../components/quick-exit/quick-exit.es.js';
import '../components/quick-exit-info/quick-exit-info.es.js';
import '../components/therapist-callout/therapist-callout.es.js';
