// ESLint 9 flat config. `npm run lint` runs it with --max-warnings 0; formatting is Prettier's job
// (eslint-config-prettier, last, switches off every rule that would disagree with it).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores(['dist/', 'e2e/output/', 'docs/']),
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  js.configs.recommended,

  // TypeScript with type information (tsconfig.json covers src/ and vite.config.ts)
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // React ignores what an event handler returns, and the async handlers await useAction's run(), which never
      // rejects (it turns every failure into the error the form shows); promises elsewhere are still checked
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },

  // the app: React's hook rules (v7 recommended: exhaustive deps and the React Compiler's checks) and
  // accessibility (the app must meet WCAG 2.1 AA / BITV 2.0; e2e/accessibility.test.mjs runs axe as well)
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended, jsxA11y.flatConfigs.recommended],
    languageOptions: { globals: globals.browser },
    rules: {
      // a table that scrolls sideways is a named region keyboard users must be able to focus (WCAG 2.1.1)
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['tabpanel', 'region'] }],
    },
  },

  // browser tests, scripts and config files run in Node
  {
    files: ['e2e/**/*.mjs', 'scripts/**/*.mjs', '*.{js,mjs,ts}'],
    languageOptions: {
      // plus `document`: the callbacks given to Playwright's page.evaluate and waitForFunction run in the page
      globals: { ...globals.node, document: 'readonly' },
    },
  },

  prettier,
]);
