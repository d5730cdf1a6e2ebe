/**
 * Which way the API's code may depend (issue 20): the shared machinery in `common/` is below everything
 * and imports nothing from `graphql/`, `http/`, `modules/` or `db/`; no module imports itself back
 * through others, type-only imports included (they fuse files into one unit for readers and tools).
 * The one cycle allowed is MikroORM's entity relations (`*.entity.ts` naming each other).
 * `npm run lint` runs it (`depcruise api/src`).
 */
module.exports = {
  forbidden: [
    {
      name: 'common-stays-below',
      comment: 'common/ is shared machinery: it may not import the layers built on it.',
      severity: 'error',
      from: { path: '^api/src/common/' },
      to: { path: '^api/src/(graphql|http|modules|db)/' },
    },
    {
      name: 'no-cycles',
      comment: 'Import cycles, type-only ones included; entities referring to each other are MikroORM relations.',
      severity: 'error',
      from: { path: '^api/src/' },
      to: { circular: true, viaSomeNot: '\\.entity\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^api/src/db/migrations/' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
