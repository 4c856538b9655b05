import type { Meta } from '@storybook/web-components-vite';
import { wellbeingTableExamples } from '../components/wellbeing-table/wellbeing-table.examples.js';
import { storiesFrom } from './story-helpers.js';

const meta: Meta = {
  title: 'Elements/Well-being table',
  component: 'haven-wellbeing-table',
  tags: ['autodocs'],
};
export default meta;

const stories = storiesFrom(wellbeingTableExamples);
export const Default = stories.Default;
export const Barriers = stories.Barriers;
export const Areas = stories.Areas;
export const Caption = stories.Caption;
export const NoCaption = stories.NoCaption;
export const NoSources = stories.NoSources;
export const Narrow = stories.Narrow;
export const EditorTable = stories.EditorTable;
export const EditorJson = stories.EditorJson;
export const InvalidRows = stories.InvalidRows;
export const InvalidJson = stories.InvalidJson;
export const Empty = stories.Empty;
