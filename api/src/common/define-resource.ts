import { completeField, completeToMany } from './resource-meta';
import type { FieldDecl, FieldSpec, ResourceDecl, ResourceSpec, ToManyDecl, ToManySpec } from './resource';

type Opts = Omit<FieldDecl, 'label'>;

/**
 * Field builders. `f.field('名称', 'Name', { filter: true, sort: true })`: the kind, whether create needs
 * it, its length, bounds, enum and relation come from the entity. Money (integer 分) and basis points
 * are integers to the entity, so they say so here.
 */
export const f = {
  field: <const O extends Opts>(zh: string, en: string, opts?: O): FieldDecl & O =>
    ({ label: [zh, en], ...opts }) as FieldDecl & O,
  money: (zh: string, en: string, opts: Opts = {}): FieldDecl => ({ kind: 'money', label: [zh, en], ...opts }),
  bp: (zh: string, en: string, opts: Opts = {}): FieldDecl => ({ kind: 'bp', label: [zh, en], ...opts }),
};

/** A resource, its fields completed from the entity's decorators (resource-meta.ts). */
export function defineResource<E, F extends Record<string, FieldDecl>>(decl: ResourceDecl<E, F>): ResourceSpec<E> {
  const entity = decl.entity as never;
  const fields: Record<string, FieldSpec> = {};
  for (const [key, field] of Object.entries<FieldDecl>(decl.fields)) fields[key] = completeField(entity, key, field);
  const toMany: Record<string, ToManySpec> = {};
  for (const [key, rel] of Object.entries<ToManyDecl | undefined>(decl.toMany ?? {}))
    if (rel) toMany[key] = completeToMany(entity, key, rel);
  const { toMany: _declared, ...rest } = decl;
  return { ...rest, fields, ...(decl.toMany ? { toMany } : {}) };
}
