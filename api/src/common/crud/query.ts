/** A MikroORM filter query as the translators build it (where-translate.ts, scope-rules.ts, subquery.ts). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Query = Record<string, any>;
