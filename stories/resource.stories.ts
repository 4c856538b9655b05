import type { Meta } from '@storybook/web-components-vite';
import { resourceExamples } from '../components/resource/resource.examples.js';
import { storiesFrom } from './story-helpers.js';

const meta: Meta = {
  title: 'Elements/Resource',
  component: 'haven-resource',
  tags: ['autodocs'],
};
export default meta;

const stories = storiesFrom(resourceExamples);
export const Default = stories.Default;
export const NotStated = stories.NotStated;
export const FreeTextHours = stories.FreeTextHours;
