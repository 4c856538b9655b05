import type { StoryObj } from '@storybook/web-components-vite';
import { renderExample, type ExampleSet } from '../src/examples.js';

/** One story per visible example, rendered by the same function the tests use. */
export function storiesFrom(set: ExampleSet): Record<string, StoryObj> {
  const stories: Record<string, StoryObj> = {};
  for (const ex of set.examples.filter((e) => !e.hidden)) {
    const key = ex.name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());
    stories[key] = {
      name: ex.name,
      render: () => renderExample(set.tag, ex),
      parameters: { docs: { description: { story: ex.description } } },
    };
  }
  return stories;
}
