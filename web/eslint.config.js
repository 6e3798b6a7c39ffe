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
  globalIgnores(['dist/', 'e2e/output/', 'docs/', 'src/api/generated/']),
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  js.configs.recommended,

  { files: ['**/*.{ts,tsx}'], extends: [tseslint.configs.recommended] },

  // With type information where the app handles promises and untyped data itself: requests, tokens, sign-in,
  // start-up. The screens reach the services only through useResource and useAction (src/api/hooks.ts). Type
  // information for every file would double the lint time (about 25 s of CPU without it on the 2-core development
  // machine, 43 s with it); here it costs about 8 s.
  {
    files: ['src/api/**/*.ts', 'src/auth/**/*.{ts,tsx}', 'src/main.tsx'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
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

  // browser tests, the web server's test, scripts and config files run in Node
  {
    files: ['e2e/**/*.mjs', 'deploy-test/**/*.mjs', 'scripts/**/*.mjs', '*.{js,mjs,ts}'],
    languageOptions: {
      // plus `document`: the callbacks given to Playwright's page.evaluate and waitForFunction run in the page
      globals: { ...globals.node, document: 'readonly' },
    },
  },

  prettier,
]);
