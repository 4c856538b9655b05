import type { Meta } from '@storybook/web-components-vite';
import { resourcePanelExamples } from '../components/resource-panel/resource-panel.examples.js';
import { storiesFrom } from './story-helpers.js';

const meta: Meta = {
  title: 'Elements/Resource panel',
  component: 'haven-resource-panel',
  tags: ['autodocs'],
};
export default meta;

const stories = storiesFrom(resourcePanelExamples);
export const Default = stories.Default;
export const EverySafetyValue = stories.EverySafetyValue;
export const OpenNow = stories.OpenNow;
export const Stale = stories.Stale;
export const Closed = stories.Closed;
export const Hsds = stories.Hsds;
export const Empty = stories.Empty;
export const InvalidJson = stories.InvalidJson;
