import type { StoryObj } from '@storybook/web-components-vite';
import type { ElementDeclaration } from '../src/element-declaration.js';
import { example, renderExample } from '../src/examples.js';

/**
 * Makes the story of one example, rendered by the same function the tests use. The generated
 * stories files (src/generated/stories/) call it once per visible example.
 */
export function storyOf(element: ElementDeclaration): (name: string) => StoryObj {
  return (name) => {
    const ex = example(element.examples, name);
    const attrs = { ...ex.attrs, ...element.storyAttrs };
    return {
      name: ex.name,
      render: () => renderExample(element.tag, { ...ex, attrs }),
      parameters: { docs: { description: { story: ex.description } } },
    };
  };
}
