/**
 * ESLint runs for one thing Biome does not check: regular expressions that can backtrack
 * super-linearly (ReDoS), with eslint-plugin-regexp. Everything else (lint and format) is Biome's
 * (biome.json). The generated schemas hold no regular expression of their own (their patterns are
 * built in src/schema/), so they are left out.
 */
import tsParser from '@typescript-eslint/parser'
import regexp from 'eslint-plugin-regexp'

export default [
  { ignores: ['dist/**', 'temp/**', 'coverage/**', 'node_modules/**', 'schemas/**', 'examples/**', 'metadata/**', 'src/schema/v1.0/**', 'src/schema/beta/**'] },
  {
    files: ['**/*.ts', '**/*.mts', '**/*.mjs', '**/*.js'],
    languageOptions: { parser: tsParser },
    plugins: { regexp },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
    },
  },
  {
    // The package's own code matches text it did not write: a search that restarts at every position
    // must not cost quadratic time either. Tests and scripts match their own output, and may.
    files: ['src/**/*.ts'],
    rules: {
      'regexp/no-super-linear-move': 'error',
    },
  },
]
