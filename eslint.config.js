// Lint: typescript-eslint strict, plus the execution-context zones of architecture.md
// (core and rules are pure; content, popup and background do not import each other;
// only src/platform/browser.ts imports the polyfill).
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-firefox/**', 'dist-cli/**', 'node_modules/**', 'test-results/**', 'artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.webextensions } },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'webextension-polyfill', message: 'Import `browser` from src/platform/browser.ts instead.' }] },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: ['./src/core', './src/rules'],
              from: ['./src/background', './src/content', './src/popup', './src/platform', './src/messaging', './src/cli'],
              message: 'core and rules are pure: no extension or CLI code.',
            },
            { target: './src/content', from: ['./src/popup', './src/background'] },
            { target: './src/popup', from: ['./src/content', './src/background'] },
            { target: './src/background', from: ['./src/content', './src/popup'] },
          ],
        },
      ],
    },
  },
  {
    // Page text never becomes HTML (issue 7): no innerHTML writes, no dangerouslySetInnerHTML.
    files: ['src/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text as text.' },
        { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Build DOM nodes instead.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Build DOM nodes instead.' },
      ],
    },
  },
  {
    // The pure core runs in Node, the worker and the popup alike: no DOM, no extension APIs.
    files: ['src/core/**', 'src/rules/**'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'navigator', 'chrome', 'browser', 'localStorage', 'fetch'],
    },
  },
  {
    files: ['src/platform/browser.ts', 'test/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // typescript-eslint's advice: the type checker already catches undefined names in TS.
    files: ['**/*.ts', '**/*.tsx'],
    rules: { 'no-undef': 'off' },
  },
);
