import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.data/**',
      'schema/**',
      'api/test/generated/**',
      'admin/src/generated/**',
      'admin/src/generated-api/**',
      'test-artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The CRUD factory builds classes at run time; `Function`-like types are deliberate there.
      '@typescript-eslint/no-unsafe-function-type': 'off',
      'no-console': 'error',
    },
  },
  {
    // Type-aware rules: the mistakes types can see and tests rarely do (a promise nobody awaits, a
    // promise where a boolean is tested, an await of a non-promise).
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    // API tests send typed operations (api/test/operations/*.graphql → generated documents), so a schema
    // change breaks them at typecheck. Left out: files whose subject is the query text itself (limits,
    // hostile or invalid queries, the compiler's shapes) or that build a query per resource or field.
    files: ['api/test/**/*.ts'],
    ignores: [
      'api/test/support/{scope-matrix,scope-schema,fixtures,scope-world,truth-data}.ts',
      'api/test/integration/crud/{crud-query-truth,read-compiler,crud-round-trip,crud-statements}.test.ts',
      'api/test/integration/scope/{scope-analyst,scope-isolation}.test.ts',
      'api/test/integration/http/{admin-meta,error-hygiene,query-limits,shutdown,cancel,hardening}.test.ts',
      'api/test/integration/{enrollment/enrollment,need/needs,project/project-lifecycle}.test.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          'TemplateLiteral[quasis.0.value.raw=/^\\s*(query|mutation)\\b/]',
          'Literal[value=/^\\s*(query|mutation)\\b/]',
        ].map((selector) => ({
          selector,
          message: 'Write the operation in api/test/operations/*.graphql and send its generated document',
        })),
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: {
      globals: { module: 'writable', require: 'readonly', process: 'readonly', __dirname: 'readonly' },
    },
  },
);
