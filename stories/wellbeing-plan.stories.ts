import type { Meta } from '@storybook/web-components-vite';
import { wellbeingPlanExamples } from '../components/wellbeing-plan/wellbeing-plan.examples.js';
import { storiesFrom } from './story-helpers.js';

const meta: Meta = {
  title: 'Elements/Well-being plan',
  component: 'haven-wellbeing-plan',
  tags: ['autodocs'],
};
export default meta;

const stories = storiesFrom(wellbeingPlanExamples);
export const Default = stories.Default;
export const Areas = stories.Areas;
export const Heading = stories.Heading;
export const EditorJson = stories.EditorJson;
export const NoJsFallback = stories.NoJsFallback;
export const Narrow = stories.Narrow;
export const InvalidJson = stories.InvalidJson;
export const InvalidItems = stories.InvalidItems;
