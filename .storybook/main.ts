import type { StorybookConfig } from '@storybook/web-components-vite';

// Offline by design: telemetry off, no remote assets. `npm run storybook` compiles content and
// the custom elements manifest first (npm pre-scripts).
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../src/generated/stories/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
};
export default config;
