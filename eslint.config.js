import tseslint from 'typescript-eslint';

/**
 * Module boundaries (see README, "Layout"): the pure core runs in Node; only the background owns the
 * database; UI components get data through props; nothing imports an entrypoint.
 */
const zone = (files, patterns, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: [...new Set([...patterns, '**/entrypoints/**'])], message }] }] },
});

const PURE = ['lib/arabic/**', 'lib/match/**', 'lib/reference/**', 'lib/extract/**'];

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'test-results/', 'playwright-report/', 'artifacts/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  // Later zones override earlier ones for the same files, so the general rule comes first.
  zone(['lib/**', 'components/**', 'scripts/**', 'tests/**'], ['**/entrypoints/**'], 'Nothing imports from entrypoints/.'),
  zone(
    PURE,
    ['**/db/**', '**/platform/**', '**/messaging/**', '**/components/**', '**/entrypoints/**', 'dexie', 'preact', 'preact/*', '#imports', 'wxt/*', 'node:*'],
    'lib/arabic, lib/match, lib/reference and lib/extract are pure: they run in Node and in every extension context.',
  ),
  zone(['components/**'], ['**/db/**', '**/platform/**', 'dexie', '#imports'], 'Components get data through props and report through callbacks.'),
  zone(['entrypoints/content/**'], ['**/db/**', 'dexie', 'zod', '**/reference/**', '**/match/**'], 'The content script stays small: it never touches the database, zod or the matcher.'),
);
