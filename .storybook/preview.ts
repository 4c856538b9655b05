import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/define.js';
import '../src/generated/locales.js';

// The API tables on each docs page (attributes, slots, events, parts, CSS properties) come from
// the custom elements manifest, which the class doc comments generate.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: {
      options: {
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    },
  },
  // The language switch in the toolbar: every story renders inside an element with that `lang`,
  // as on a page (the elements take the nearest ancestor's).
  globalTypes: {
    lang: {
      description: 'The language the elements speak (the lang of the element around the story)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'es', title: 'Español', right: 'es' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en' },
  decorators: [
    (story, context) => html`<div lang=${String(context.globals.lang ?? 'en')}>${story()}</div>`,
  ],
};
export default preview;
