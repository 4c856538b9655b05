import type { Meta } from '@storybook/web-components-vite';
import { mythFactsExamples } from '../components/myth-facts/myth-facts.examples.js';
import { storiesFrom } from './story-helpers.js';

const meta: Meta = {
  title: 'Elements/Myth fact group',
  component: 'haven-myth-facts',
  tags: ['autodocs'],
};
export default meta;

const stories = storiesFrom(mythFactsExamples);
export const Default = stories.Default;
export const Topic = stories.Topic;
export const Ids = stories.Ids;
export const EditorCards = stories.EditorCards;
export const NoHeading = stories.NoHeading;
