import type { Meta } from '@storybook/web-components-vite';
import { mythFactExamples } from '../components/myth-fact/myth-fact.examples.js';
import { storiesFrom } from './story-helpers.js';

const meta: Meta = {
  title: 'Elements/Myth fact card',
  component: 'haven-myth-fact',
  tags: ['autodocs'],
};
export default meta;

const stories = storiesFrom(mythFactExamples);
export const Default = stories.Default;
export const Collapsed = stories.Collapsed;
export const MythFirst = stories.MythFirst;
export const HeadingLevel2 = stories.HeadingLevel2;
export const NoSources = stories.NoSources;
export const EditorAuthored = stories.EditorAuthored;
export const OverrideFact = stories.OverrideFact;
