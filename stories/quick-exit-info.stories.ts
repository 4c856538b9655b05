import type { Meta } from '@storybook/web-components-vite';
import { quickExitInfoExamples } from '../components/quick-exit-info/quick-exit-info.examples.js';
import { storiesFrom } from './story-helpers.js';

const meta: Meta = {
  title: 'Elements/Quick exit info',
  component: 'haven-quick-exit-info',
  tags: ['autodocs'],
};
export default meta;

const stories = storiesFrom(quickExitInfoExamples);
export const Default = stories.Default;
export const PracticeText = stories.PracticeText;
