// ESLint's flat config. `npm run lint` runs it with --max-warnings=0 (and a cache), then `prettier --check .`.
// Syntax-only typescript-eslint rules: the type-checked set took about 25 s on two cores, and `astro check`
// already type-checks every file.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // Build output and caches; content and fixtures (data, not code); the citation styles copied from the CSL project.
    ignores: ['dist/', '.astro/', '**/*.cache/', 'tmp/', 'test-results/', 'content/', 'tests/fixtures/', 'src/lib/csl/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
    },
    rules: {
      // `const { omitted, ...rest } = object` is how the code drops keys.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // The archive looks for control characters on purpose: refused in content, in XML and iCalendar text, and
      // in terminal colour codes.
      'no-control-regex': 'off',
    },
  },
  {
    // Code that runs in the reader's browser.
    files: ['src/scripts/**/*.ts'],
    languageOptions: {
      globals: { ...globals.browser },
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Tests read parsed frontmatter, JSON and YAML of no declared type and assert on its fields.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
