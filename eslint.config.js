// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'coverage/', 'dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          // The named `z` keeps every zod locale in the bundle (~270 KB more to load at start-up).
          selector:
            "ImportDeclaration[source.value='zod'][importKind!='type'] > ImportSpecifier[imported.name='z']",
          message: 'Use `import * as z from \'zod\'` (docs/architecture.md, "Start-up").',
        },
      ],
    },
  },
  {
    // The core must stay platform-agnostic: no chat SDK and no Redis may leak into it. It asks for
    // state through its own ports (src/core/ports/); src/store/ implements them.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['grammy', 'grammy/*', '@grammyjs/*', '@slack/*', 'ioredis'],
              message: 'The core knows no platform SDK or Redis client; adapters and src/store/ do.',
            },
            {
              group: ['**/store/*', '**/store'],
              message: 'The core uses its ports (src/core/ports/); src/store/ implements them.',
            },
          ],
        },
      ],
    },
  },
  {
    // Adapters translate and render: they reach state through the core's ports too, never Redis.
    files: ['src/adapters/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['ioredis'], message: 'Adapters do not talk to Redis; use the core ports.' },
            {
              group: ['**/store/*', '**/store'],
              message:
                'Adapters use the core ports (src/core/ports/); only main.ts and app.ts wire the store.',
            },
          ],
        },
      ],
    },
  },
  {
    // Configuration is parsed once in src/config; nothing else reads the environment.
    files: ['src/**/*.ts'],
    ignores: ['src/config/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read configuration from the parsed Config, not process.env.',
        },
      ],
    },
  },
);
