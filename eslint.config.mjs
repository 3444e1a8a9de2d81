// ESLint for the whole repository: `npm run lint` (zero warnings) and `npm run format`.
// TypeScript is linted with type information (each file by its nearest tsconfig.json); formatting
// is Prettier's alone (eslint-config-prettier switches off the rules that would disagree with it).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Test files: the Jest specs of every workspace and the mini-program's browser tests. */
const TESTS = ['**/*.{spec,e2e-spec,service-spec,mariadb-spec,matrix-spec}.{ts,tsx,js}', 'miniapp/e2e/**'];

/**
 * One import style in the mini-program: its own modules by the `@/` alias (`@/services/api`), never by a
 * relative path, so a file reads the same wherever it sits and moves without edits. Stylesheets and
 * images next to a component stay relative (`./index.scss`). Covers imports, re-exports, `import()`,
 * `require()` and `jest.mock()`.
 */
const RELATIVE_MODULE = String.raw`^\.\.?\x2F(?!.*\.(scss|css|png|jpe?g|svg)$)`;
const USE_ALIAS = "Import the mini-program's own modules by the @/ alias (`@/services/api`), not by a relative path.";

/**
 * The chart library (ECharts, some hundreds of KB) only through the measures subpackage's
 * `@/components/measures/echarts`, so that no page of the residents' main package pulls it in.
 */
const CHARTS = { regex: '^(echarts|zrender)(/|$)', message: 'Charts only through @/components/measures/echarts (the measures subpackage).' };
const CHARTS_MODULE = 'miniapp/src/components/measures/echarts.ts';

export default defineConfig([
  globalIgnores(['**/dist/', '**/coverage/', '**/test-output/', '**/data/', '**/.swc/']),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // An async function without `await` is how a callback meets a promise-returning signature here
      // (transaction steps, platform adapters, fakes); `async` also turns its throws into rejections.
      '@typescript-eslint/require-await': 'off',
      // TypeScript's own convention: `_`-prefixed names and rest siblings are unused on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
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

  {
    files: TESTS,
    rules: {
      // Response bodies (supertest's `res.body`) and Jest's matchers are `any` by design; the assertions check their shape.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // `expect(fake.method).toHaveBeenCalled()` hands Jest a mock to inspect; nothing calls it unbound.
      '@typescript-eslint/unbound-method': 'off',
    },
  },

  // The mini-program: the rules of React hooks, and one import style.
  {
    files: ['miniapp/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      // The page hooks copy each load into state that the server's answers to actions then replace, and
      // start loads from effects; with React 18 and no compiler that is intended, not a cascade to avoid.
      'react-hooks/set-state-in-effect': 'off',
    },
  },
  {
    files: ['miniapp/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: RELATIVE_MODULE, message: USE_ALIAS }, CHARTS] }],
      'no-restricted-syntax': [
        'error',
        { selector: `ImportExpression[source.value=/${RELATIVE_MODULE}/]`, message: USE_ALIAS },
        { selector: `CallExpression[callee.name='require'][arguments.0.value=/${RELATIVE_MODULE}/]`, message: USE_ALIAS },
        { selector: `CallExpression[callee.object.name='jest'][arguments.0.value=/${RELATIVE_MODULE}/]`, message: USE_ALIAS },
      ],
    },
  },

  {
    files: [CHARTS_MODULE],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: RELATIVE_MODULE, message: USE_ALIAS }] }] },
  },

  prettier,
]);
