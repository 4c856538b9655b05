import type { Meta } from '@storybook/web-components-vite';
import { quickExitExamples } from '../components/quick-exit/quick-exit.examples.js';
import { storiesFrom } from './story-helpers.js';

// Stories render the quick exit with `preview`: a click in the docs must not leave Storybook.
const inert = {
  ...quickExitExamples,
  examples: quickExitExamples.examples.map((ex) => ({
    ...ex,
    attrs: { ...ex.attrs, preview: true as const },
  })),
};

const meta: Meta = {
  title: 'Elements/Quick exit',
  component: 'haven-quick-exit',
  tags: ['autodocs'],
};
export default meta;

const stories = storiesFrom(inert);
export const Default = stories.Default;
export const Neutral = stories.Neutral;
export const OwnDestination = stories.OwnDestination;
export const EditorLink = stories.EditorLink;
export const Preview = stories.Preview;
