// ESLint: typescript-eslint, and the lit, wc and lit-a11y plugins over the library sources.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'storybook-static/',
      '.cache/',
      'src/content/generated/',
      'src/generated/',
      'custom-elements.json',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'components/**/*.ts', 'stories/**/*.ts', 'tests/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'components/**/*.ts', 'stories/**/*.ts', 'tests/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'components/**/*.ts', 'stories/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['src/**/*.ts', 'components/**/*.ts'],
    rules: {
      // The library's promises, enforced: no network, no storage, no inline styles.
      'no-restricted-globals': [
        'error',
        'fetch',
        'localStorage',
        'sessionStorage',
        'indexedDB',
        'XMLHttpRequest',
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='cookie']",
          message: 'The widgets set no cookies.',
        },
        {
          selector: "MemberExpression[property.name='sendBeacon']",
          message: 'The widgets send nothing.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'lit/directives/style-map.js',
              message: 'styleMap writes inline styles, which a strict CSP blocks.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
    },
  },
  {
    // chai's property assertions: expect(x).to.exist
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
