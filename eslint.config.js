// ESLint (run by `npm test` as `npm run lint`): typescript-eslint, React's hook rules, and the
// boundaries between the layers that docs/ARCHITECTURE.md describes.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** A library only one layer may load: its types may cross (a style spec is still plain data), its code may not. */
const forbid = (regex, message) => ({ regex, message, allowTypeImports: true });

/** The data layer depends on nothing above it, not even for types. */
const UI = {
  regex: '(^|/)(app|ui|views|story|map|table|legend|timeline|search|export|about|a11y|theme|store)/|^(react|react-dom|zustand|maplibre-gl)(/|$)',
  message: 'src/data is the pure data layer (docs/ARCHITECTURE.md): it must not import UI, the store or a renderer.',
};
const MAPLIBRE = forbid('^maplibre-gl(/|$)', 'Only the WebGL renderer (src/map/maplibreRenderer.ts) imports maplibre-gl: it is loaded on demand.');
const ZUSTAND = forbid('^zustand(/|$)', 'Only src/store imports zustand; components use useApp / useAppStore.');
/** The shell sits on top: what the features share lives below it (src/model, src/ui, …), not even types cross upwards. */
const APP = {
  regex: '(^|/)app/',
  message: 'Only the entries (src/main.tsx, src/snapshot/render.tsx) import src/app, the shell: move what is shared below it (docs/ARCHITECTURE.md).',
};
/** The modules that start the page (and the build-time render of it): the only ones above the shell. */
const ENTRIES = ['src/app/**/*.{ts,tsx}', 'src/main.tsx', 'src/snapshot/render.tsx'];

export default defineConfig([
  { ignores: ['dist/', 'dist-e2e/', 'bench/.build/', 'node_modules/', 'test-results/', 'playwright-report/', 'public/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Unused names are the compiler's job (noUnusedLocals); a leading underscore marks one kept on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error', 'info', 'log'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'editor/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [MAPLIBRE, ZUSTAND, APP] }],
    },
  },
  // The tests, the bench, the build tools and the editor's page (npm run edit) use the app's pieces, never its shell.
  { files: ['e2e/**/*.ts', 'bench/**/*.{ts,tsx}', 'scripts/**/*.ts', 'editor/**/*.{ts,tsx}'], rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [APP] }] } },
  { files: ENTRIES, rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [MAPLIBRE, ZUSTAND] }] } },
  { files: ['src/map/maplibreRenderer.ts'], rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [ZUSTAND, APP] }] } },
  { files: ['src/store/**/*.{ts,tsx}'], rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [MAPLIBRE, APP] }] } },
  { files: ['src/data/**/*.ts'], rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [UI] }] } },
]);
