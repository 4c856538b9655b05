// For the loader: the built-in texts a <haven-myth-facts> shows are those of its ids, else its
// topic's, else every card's (the order the group itself reads them in). A group of every card
// loads the whole pack and nothing else.
import { wholes } from '../../src/content/generated/myths.wholes.js';
import { readTopic } from '../../src/content/topic.js';

export const load = (groups: Element[], langOf: (el: Element) => string): Promise<unknown> =>
  Promise.all(
    groups.map(async (group) => {
      const ids = (group.getAttribute('ids') ?? '').split(/[\s,]+/).filter(Boolean);
      const { topic } = readTopic(group.getAttribute('topic'));
      const lang = langOf(group);
      if (!ids.length && !topic) return (wholes[lang] ?? wholes.en!)();
      const { loadMyths } = await import('../../src/content/myths-by-id.js');
      if (ids.length) return loadMyths(ids, lang);
      const { topics } = await import('../../src/content/generated/myths.topics.js');
      return loadMyths(topics[topic!] ?? [], lang);
    }),
  );
