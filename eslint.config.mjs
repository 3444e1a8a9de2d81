// ESLint for the whole repository: `npm run lint` (zero warnings) and `npm run format`.
// TypeScript is linted with type information (each file by its nearest tsconfig.json); formatting
// is Prettier's alone (eslint-config-prettier switches off the rules that would disagree with it).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores(['**/dist/', '**/coverage/', '**/test-output/', '**/data/', '**/.swc/', '**/*.tsbuildinfo']),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  // Plain JavaScript (build helpers, Jest and Babel configs, this file): Node scripts outside every tsconfig.
  {
    files: ['**/*.{js,cjs,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['scripts/test/**/*.js'],
    languageOptions: { globals: globals.jest },
  },

  // The mini-program: React hooks, and its own modules by the `@/` alias only.
  {
    files: ['miniapp/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
  },

  prettier,
]);
