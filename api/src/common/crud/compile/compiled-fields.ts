import { GraphQLObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { RequestScope } from '../../context';
import type { ResourceSpec } from '../../resource';
import { aggregatesOnly, canReadField, canReadRows, forbidden } from '../../scope/access';
import { paging } from '../paging';
import { allResources, getResource } from '../registry';
import { isCompiled } from './compiled-read';

type Row = Record<string, unknown>;
type Fast = (root: Row, args: Row, ctx: RequestScope, key: string) => unknown;
const BASE = ['id', 'createdAt', 'updatedAt', 'version', 'deletedAt'];

/**
 * The fields of a row of the compiled read path are answered here, synchronously, before type-graphql's
 * resolver machinery (argument classes, validation, middlewares, a promise per field) is entered: the row
 * already holds every value under the key its field is asked by (plan.ts). The checks are those of the
 * generated resolvers (crud-resolver.ts), in the same order: analysts get FORBIDDEN for rows about one
 * person and for personal fields, a negative nested skip or take is BAD_USER_INPUT. Rows of the entity path
 * (MikroORM entities, not marked by compiled-read.ts) go to the generated resolvers as before.
 */
export function installCompiledFields(schema: GraphQLSchema): void {
  for (const spec of allResources()) {
    const type = schema.getType(spec.name);
    if (!(type instanceof GraphQLObjectType)) continue;
    const fields = type.getFields();
    const byName = fastFields(spec);
    fastByType.set(spec.name, byName);
    for (const [name, fast] of Object.entries(byName)) {
      const field = fields[name];
      if (!field) continue;
      const original: GraphQLFieldResolver<unknown, RequestScope> | undefined = field.resolve;
      field.resolve = (root, args, ctx: RequestScope, info) =>
        isCompiled(root)
          ? fast(root as Row, args as Row, ctx, info.path.key as string)
          : original
            ? original(root, args, ctx, info)
            : (root as Row)[name];
    }
  }
}

const fastByType = new Map<string, Record<string, Fast>>();

/** The fast resolver of a field of a compiled row (whole-answer.ts completes answers with them), if it has one. */
export const fastFieldOf = (typeName: string, field: string): Fast | undefined => {
  const byName = fastByType.get(typeName);
  return byName && Object.hasOwn(byName, field) ? byName[field] : undefined;
};

function fastFields(spec: ResourceSpec): Record<string, Fast> {
  const out: Record<string, Fast> = {};
  // Plain columns sit under their field name (GraphQL's default resolver would read them there too).
  for (const name of BASE) out[name] = (root) => root[name];
  for (const [key, field] of Object.entries(spec.fields)) {
    if (field.kind === 'ref') {
      const target = getResource(field.target!).entity.name;
      out[key] = (root, _args, _ctx, at) => root[at];
      out[field.relation!] = (root, _args, ctx, at) => {
        if (!canReadRows(ctx, target)) throw aggregatesOnly();
        return root[at] ?? null;
      };
    } else if (field.personal || field.property || field.output) {
      const output = field.output as ((e: Row) => unknown) | undefined;
      out[key] = (root, _args, ctx, at) => {
        if (!canReadField(ctx, field)) throw forbidden('无权查看个人信息');
        return output ? output(root[at] as Row) : root[at];
      };
    } else out[key] = (root) => root[key];
  }
  for (const [name, many] of Object.entries(spec.toMany ?? {})) {
    const target = () => getResource(many.target).entity.name;
    out[name] = (root, args, ctx, at) => {
      if (!canReadRows(ctx, target())) throw aggregatesOnly();
      paging(args.skip as number | null, args.take as number | null);
      return root[at];
    };
    out[`${name}Count`] = (root, _args, ctx, at) => {
      if (!canReadRows(ctx, target())) throw aggregatesOnly();
      return root[at];
    };
  }
  return out;
}
