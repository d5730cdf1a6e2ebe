import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ResourceSpec } from '../resource';
import { DateTime, scalarOf, type GqlType } from './scalars';
import { memo } from './registry';

const objectTypes = memo<GqlType>();

/**
 * The GraphQL object type of a resource. Plain fields are read from the entity by name; foreign
 * keys, relation objects, to-many lists and masked personal fields are field resolvers added by
 * the resource's resolver (crud-resolver.ts).
 */
export function objectTypeOf(spec: ResourceSpec): GqlType {
  return objectTypes(spec.name, () => {
    const C = class {};
    Object.defineProperty(C, 'name', { value: spec.name });
    Field(() => ID)(C.prototype, 'id');
    Field(() => DateTime)(C.prototype, 'createdAt');
    Field(() => DateTime)(C.prototype, 'updatedAt');
    Field(() => Int, { description: 'Optimistic lock: send it back as expectedVersion when updating' })(
      C.prototype,
      'version',
    );
    Field(() => DateTime, { nullable: true, description: 'Set when soft-deleted' })(C.prototype, 'deletedAt');
    for (const [key, field] of Object.entries(spec.fields)) {
      if (field.kind === 'ref' || field.personal || field.property || field.output) continue; // resolved by the resolver
      const list = field.kind === 'enumList' || field.kind === 'intList';
      Field(() => scalarOf(field), {
        nullable: list ? false : !field.required,
        description: [field.label.join(' / '), field.description].filter(Boolean).join('. '),
      })(C.prototype, key);
    }
    ObjectType(spec.name, { description: spec.label.join(' / ') })(C);
    return C;
  });
}

const connections = memo<{ connection: GqlType; edge: GqlType }>();
let pageInfo: GqlType;

export function PageInfo(): GqlType {
  if (!pageInfo) {
    pageInfo = class PageInfo {};
    Field(() => Boolean)(pageInfo.prototype, 'hasNextPage');
    Field(() => Boolean)(pageInfo.prototype, 'hasPreviousPage');
    Field(() => String, { nullable: true })(pageInfo.prototype, 'startCursor');
    Field(() => String, { nullable: true })(pageInfo.prototype, 'endCursor');
    ObjectType('PageInfo')(pageInfo);
  }
  return pageInfo;
}

/** `XConnection { edges { cursor node } nodes pageInfo totalCount }`; totalCount is a field resolver. */
export function connectionTypesOf(spec: ResourceSpec): { connection: GqlType; edge: GqlType } {
  return connections(spec.name, () => {
    const node = objectTypeOf(spec);
    const edge = class {};
    Object.defineProperty(edge, 'name', { value: `${spec.name}Edge` });
    Field(() => String)(edge.prototype, 'cursor');
    Field(() => node)(edge.prototype, 'node');
    ObjectType(`${spec.name}Edge`)(edge);
    const connection = class {};
    Object.defineProperty(connection, 'name', { value: `${spec.name}Connection` });
    Field(() => [edge])(connection.prototype, 'edges');
    Field(() => [node])(connection.prototype, 'nodes');
    const pageInfoType = PageInfo();
    Field(() => pageInfoType)(connection.prototype, 'pageInfo');
    ObjectType(`${spec.name}Connection`)(connection);
    return { connection, edge };
  });
}
