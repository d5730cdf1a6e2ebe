/**
 * Which way the API's code may depend (issue 20): the shared machinery in `common/` is below everything
 * and imports nothing from `graphql/`, `http/`, `modules/` or `db/`; no module imports itself back
 * through others, type-only imports included (they fuse files into one unit for readers and tools).
 * The one cycle allowed is MikroORM's entity relations (`*.entity.ts` naming each other). Migrations are
 * literal SQL: they import only the Migration base class, and only their generated index imports them.
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
      name: 'migrations-are-literal',
      comment: 'A landed migration is frozen SQL: it imports nothing but the Migration base class (issue 19).',
      severity: 'error',
      from: { path: '^api/src/db/migrations/Migration' },
      to: { pathNot: '@mikro-orm/migrations' },
    },
    {
      name: 'nothing-imports-a-migration',
      comment: 'Only the generated index lists the migrations; runtime code keeps its own constants.',
      severity: 'error',
      from: { path: '^api/src/', pathNot: '^api/src/db/migrations/index\\.ts$' },
      to: { path: '^api/src/db/migrations/Migration' },
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
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
