import type { Meta } from '@storybook/web-components-vite';
import { therapistCalloutExamples } from '../components/therapist-callout/therapist-callout.examples.js';
import { storiesFrom } from './story-helpers.js';

const meta: Meta = {
  title: 'Elements/Therapist callout',
  component: 'haven-therapist-callout',
  tags: ['autodocs'],
};
export default meta;

const stories = storiesFrom(therapistCalloutExamples);
export const Practice = stories.Practice;
export const Guide = stories.Guide;
export const Minimal = stories.Minimal;
export const EveryOption = stories.EveryOption;
export const NotAccepting = stories.NotAccepting;
export const ChecklistNone = stories.ChecklistNone;
export const InvalidInput = stories.InvalidInput;
export const InvalidJson = stories.InvalidJson;
