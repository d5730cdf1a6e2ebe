import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { getResource } from '../../src/common/crud/registry';
import { literal, runBatch, type ApiModel, type ResourceModel } from './scope-schema';
import type { GqlError, TestApp } from './test-app';

/**
 * Generated scope checks over the API model (scope-schema.ts) against SQL ground truth
 * (scope-truth.ts). Each check returns the cases it ran and a readable line per failure, so that a
 * test reports every leak at once rather than the first one.
 */
export type Client = Pick<TestApp, 'gql' | 'ok'>;
export type Vis = Map<string, Set<string>>;
export type Foreign = Map<string, string[]>;

export class Findings {
  readonly failures: string[] = [];
  readonly cases = new Map<string, number>();
  count(category: string, n = 1) {
    this.cases.set(category, (this.cases.get(category) ?? 0) + n);
  }
  fail(line: string) {
    this.failures.push(line);
  }
  get total() {
    return [...this.cases.values()].reduce((a, b) => a + b, 0);
  }
}

const LIMIT = 100;
const ids = (rows: unknown): string[] =>
  Array.isArray(rows) ? rows.map((r) => (r as { id: string }).id).sort() : ['<not a list>'];
const sorted = (s: Iterable<string>) => [...s].sort();
const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const short = (a: string[]) => (a.length > 4 ? `${a.slice(0, 4).join(', ')} … (${a.length})` : a.join(', '));
const errText = (errors: GqlError[]) =>
  errors
    .map((e) => `${e.extensions?.code}: ${e.message} ${JSON.stringify(e.extensions?.fieldErrors ?? '')}`)
    .join('; ');

/** The table and the column of a foreign key (`Enrollment.classId` → `enrollment.class_id`), from ORM metadata. */
export function fkColumn(app: Pick<TestApp, 'orm'>, model: ResourceModel, fkField: string) {
  const meta = app.orm.getMetadata().find(model.name);
  const relation = model.meta.fields.find((f) => f.name === fkField)?.relation;
  const prop = relation ? meta?.properties[relation as never] : undefined;
  if (!meta || !prop) throw new Error(`no column for ${model.name}.${fkField}`);
  return { table: meta.tableName, column: (prop as { fieldNames: string[] }).fieldNames[0] };
}

/** Every list, count and connection without filter equals the ground truth; every visible row is found by id. */
export async function checkOwnRows(
  client: Client,
  model: ApiModel,
  vis: Vis,
  out: Findings,
  who: string,
  maxSingles = Infinity,
) {
  const fields: { alias: string; text: string }[] = [];
  const expect = new Map<string, { resource: string; kind: string; ids: string[] }>();
  for (const r of model.resources.values()) {
    const truth = sorted(vis.get(r.name) ?? []);
    const { list, count, connection, single } = r.queries;
    // More than a page: counts only (the rows are still looked up one by one below).
    const paged = truth.length <= LIMIT;
    if (list && paged) fields.push({ alias: `l_${r.name}`, text: `${list}(take: ${LIMIT}) { id }` });
    if (count) fields.push({ alias: `c_${r.name}`, text: `${count}` });
    if (connection) {
      fields.push({ alias: `k_${r.name}`, text: `${connection}(first: ${LIMIT}) { totalCount nodes { id } }` });
    }
    if (single) {
      truth.slice(0, maxSingles).forEach((id, i) => {
        fields.push({ alias: `s_${r.name}_${i}`, text: `${single}(id: ${literal(id)}) { id }` });
        expect.set(`s_${r.name}_${i}`, { resource: r.name, kind: single, ids: [id] });
      });
    }
    for (const [alias, kind] of [
      [`l_${r.name}`, paged ? list : undefined],
      [`c_${r.name}`, count],
      [`k_${r.name}`, connection],
    ]) {
      if (kind) expect.set(alias!, { resource: r.name, kind: kind, ids: truth });
    }
  }
  const res = await runBatch(client, fields);
  for (const [alias, e] of expect) {
    out.count('own rows');
    const got = res.get(alias)!;
    if (got.errors.length) {
      out.fail(`${who}: ${e.kind} → error ${errText(got.errors)}`);
      continue;
    }
    const d = got.data;
    let actual: string[];
    if (alias.startsWith('c_')) {
      if (d !== e.ids.length) out.fail(`${who}: ${e.kind} = ${d}, ground truth ${e.ids.length}`);
      continue;
    } else if (alias.startsWith('k_')) {
      const k = d as { totalCount: number; nodes: { id: string }[] };
      if (k.totalCount !== e.ids.length) {
        out.fail(`${who}: ${e.kind}.totalCount = ${k.totalCount}, ground truth ${e.ids.length}`);
      }
      if (k.nodes.length !== Math.min(LIMIT, e.ids.length)) {
        out.fail(`${who}: ${e.kind} has ${k.nodes.length} nodes, ground truth ${e.ids.length}`);
      }
      if (e.ids.length > LIMIT) continue;
      actual = ids(k.nodes);
    } else if (alias.startsWith('s_')) {
      actual = d ? [(d as { id: string }).id] : [];
    } else actual = ids(d);
    if (!same(actual, e.ids)) {
      const missing = e.ids.filter((x) => !actual.includes(x));
      const extra = actual.filter((x) => !e.ids.includes(x));
      out.fail(`${who}: ${e.kind} misses [${short(missing)}], has extra [${short(extra)}]`);
    }
  }
}

/** Queries with a `where`: the list, count and connection of one resource. */
function whereFields(r: ResourceModel, alias: string, where: unknown, extra = '') {
  const w = literal(where);
  const out: { alias: string; text: string; kind: 'list' | 'count' | 'connection' }[] = [];
  if (r.queries.list) {
    out.push({
      alias: `${alias}_l`,
      text: `${r.queries.list}(where: ${w}${extra}, take: ${LIMIT}) { id }`,
      kind: 'list',
    });
  }
  if (r.queries.count)
    out.push({ alias: `${alias}_c`, text: `${r.queries.count}(where: ${w}${extra})`, kind: 'count' });
  if (r.queries.connection) {
    out.push({
      alias: `${alias}_k`,
      text: `${r.queries.connection}(where: ${w}${extra}, first: ${LIMIT}) { totalCount edges { node { id } } nodes { id } }`,
      kind: 'connection',
    });
  }
  return out;
}

interface WhereCase {
  resource: ResourceModel;
  label: string;
  where: unknown;
  expected: string[];
  extra?: string;
  /** Which of list, count and connection to run (all three by default). */
  kinds?: string[];
}

/** Runs where-cases (list, count, connection each) and compares with the expected ids; one line per failing case. */
async function runWhereCases(client: Client, cases: WhereCase[], out: Findings, who: string, category: string) {
  const fields: { alias: string; text: string }[] = [];
  const kindsOf = new Map<WhereCase, { alias: string; kind: string }[]>();
  cases.forEach((c, i) => {
    const fs = whereFields(c.resource, `w${i}`, c.where, c.extra).filter((f) => !c.kinds || c.kinds.includes(f.kind));
    fields.push(...fs);
    kindsOf.set(c, fs);
  });
  const res = await runBatch(client, fields);
  for (const [c, fs] of kindsOf) {
    const problems: string[] = [];
    for (const { alias, kind } of fs) {
      out.count(category);
      const got = res.get(alias)!;
      const op = c.resource.queries[kind as 'list']!;
      if (got.errors.length) {
        problems.push(`${op} → error ${errText(got.errors)}`);
        continue;
      }
      const d = got.data;
      if (kind === 'count') {
        if (d !== c.expected.length) problems.push(`${op} = ${d}`);
        continue;
      }
      let actual: string[];
      if (kind === 'connection') {
        const k = d as { totalCount: number; nodes: { id: string }[]; edges: { node: { id: string } }[] };
        if (k.totalCount !== c.expected.length) problems.push(`${op}.totalCount = ${k.totalCount}`);
        if (!same(ids(k.nodes), ids(k.edges.map((e) => e.node)))) problems.push(`${op} edges ≠ nodes`);
        actual = ids(k.nodes);
      } else actual = ids(d);
      if (!same(actual, c.expected)) problems.push(`${op} → [${short(actual)}]`);
    }
    if (problems.length) {
      out.fail(
        `${who}: (where ${c.label}) ${problems.join('; ')}; expected ${c.expected.length} row(s) [${short(c.expected)}]`,
      );
    }
  }
}

/** Single look-ups by the other side's ids → null; list/count/connection with `id in` them → nothing. */
export async function checkByIds(
  client: Client,
  model: ApiModel,
  foreign: Foreign,
  out: Findings,
  who: string,
  options: { maxSingles?: number; equals?: boolean; kinds?: string[] } = {},
) {
  const { maxSingles = Infinity, equals = true, kinds } = options;
  const fields: { alias: string; text: string }[] = [];
  const singles = new Map<string, string>();
  const cases: WhereCase[] = [];
  for (const r of model.resources.values()) {
    const f = foreign.get(r.name) ?? [];
    if (!f.length) continue;
    if (r.queries.single) {
      f.slice(0, maxSingles).forEach((id, i) => {
        const alias = `s_${r.name}_${i}`;
        fields.push({ alias, text: `${r.queries.single}(id: ${literal(id)}) { id }` });
        singles.set(alias, `${r.queries.single}(id: ${id})`);
      });
    }
    cases.push({ resource: r, label: `id in ${f.length} foreign ids`, where: { id: { in: f } }, expected: [], kinds });
    if (equals) {
      cases.push({ resource: r, label: `id equals ${f[0]}`, where: { id: { equals: f[0] } }, expected: [], kinds });
    }
  }
  const res = await runBatch(client, fields);
  for (const [alias, op] of singles) {
    out.count('single by foreign id');
    const got = res.get(alias)!;
    if (got.errors.length) out.fail(`${who}: ${op} → error ${errText(got.errors)} (expected null)`);
    else if (got.data !== null) out.fail(`${who}: ${op} returned the row (expected null)`);
  }
  await runWhereCases(client, cases, out, who, 'list/count/connection by foreign id');
}

/** Filters on foreign keys pointing at the other side's rows: only own visible rows that hold such a key. */
export async function checkFkFilters(
  app: Pick<TestApp, 'orm' | 'sql'>,
  client: Client,
  model: ApiModel,
  vis: Vis,
  foreign: Foreign,
  out: Findings,
  who: string,
) {
  const cases: WhereCase[] = [];
  for (const r of model.resources.values()) {
    for (const { key, target } of r.fkFilters) {
      const f = foreign.get(target) ?? [];
      if (!f.length) continue;
      const { table, column } = fkColumn(app, r, key);
      for (const [label, values, where] of [
        [`${key} equals`, [f[0]], { [key]: { equals: f[0] } }],
        [`${key} in`, f, { [key]: { in: f } }],
      ] as const) {
        const rows = await app.sql<{ id: string }>(
          `select id::text from ${table} where deleted_at is null and ${column}::text = any($1)`,
          [values],
        );
        const expected = rows.map((x) => x.id).filter((id) => vis.get(r.name)?.has(id));
        cases.push({ resource: r, label: `${label} foreign ${target}`, where, expected: expected.sort() });
      }
    }
  }
  await runWhereCases(client, cases, out, who, 'foreign-key filters');
}

/**
 * Relation filters whose path ends at the other side's rows: a record one may not see does not exist,
 * so `some`/to-one paths to it match nothing, and `none`/`every`/`NOT` match every visible row.
 */
export async function checkRelationFilters(
  client: Client,
  model: ApiModel,
  vis: Vis,
  foreign: Foreign,
  out: Findings,
  who: string,
) {
  const cases: WhereCase[] = [];
  for (const r of model.resources.values()) {
    const all = sorted(vis.get(r.name) ?? []);
    for (const r1 of r.whereRelations) {
      const f1 = foreign.get(r1.target) ?? [];
      const t1 = model.resources.get(r1.target)!;
      if (f1.length) {
        const leaf = { id: { in: f1 } };
        if (r1.many) {
          cases.push({
            resource: r,
            label: `${r1.key}: some foreign`,
            where: { [r1.key]: { some: leaf } },
            expected: [],
          });
          cases.push({
            resource: r,
            label: `${r1.key}: none foreign`,
            where: { [r1.key]: { none: leaf } },
            expected: all,
          });
          cases.push({
            resource: r,
            label: `${r1.key}: every not foreign`,
            where: { [r1.key]: { every: { id: { notIn: f1 } } } },
            expected: all,
          });
          cases.push({
            resource: r,
            label: `NOT ${r1.key}: some foreign`,
            where: { NOT: { [r1.key]: { some: leaf } } },
            expected: all,
          });
        } else {
          cases.push({ resource: r, label: `${r1.key} foreign`, where: { [r1.key]: leaf }, expected: [] });
          cases.push({
            resource: r,
            label: `NOT ${r1.key} foreign`,
            where: { NOT: { [r1.key]: leaf } },
            expected: all,
          });
        }
      }
      // Two steps: r1 → r2 → a foreign row.
      for (const r2 of t1.whereRelations) {
        const f2 = foreign.get(r2.target) ?? [];
        if (!f2.length) continue;
        const inner = r2.many ? { [r2.key]: { some: { id: { in: f2 } } } } : { [r2.key]: { id: { in: f2 } } };
        const where = r1.many ? { [r1.key]: { some: inner } } : { [r1.key]: inner };
        cases.push({
          resource: r,
          label: `${r1.key}.${r2.key} foreign`,
          where,
          expected: [],
          kinds: ['list', 'count'],
        });
      }
    }
  }
  await runWhereCases(client, cases, out, who, 'relation filters');
}

/** `search` for the other side's marker finds none of its rows. */
export async function checkSearch(
  client: Client,
  model: ApiModel,
  vis: Vis,
  foreign: Foreign,
  marker: string,
  out: Findings,
  who: string,
) {
  const fields: { alias: string; text: string; r: ResourceModel }[] = [];
  for (const r of model.resources.values()) {
    if (!r.hasSearch || !r.queries.list) continue;
    fields.push({
      alias: `l_${r.name}`,
      text: `${r.queries.list}(search: ${literal(marker)}, take: ${LIMIT}) { id }`,
      r,
    });
    if (r.queries.count)
      fields.push({ alias: `c_${r.name}`, text: `${r.queries.count}(search: ${literal(marker)})`, r });
  }
  const res = await runBatch(client, fields);
  const lists = new Map<string, string[]>();
  for (const f of fields) {
    out.count('search');
    const got = res.get(f.alias)!;
    const op = `${f.text.split('(')[0]}(search: "${marker}")`;
    if (got.errors.length) {
      // A list without searchable fields refuses the text (where-translate.ts): nothing comes back at all.
      const refused =
        !getResource(f.r.name).search?.length &&
        got.errors.every((e) => e.extensions?.code === 'BAD_USER_INPUT' && e.extensions?.fieldErrors?.search);
      if (refused) out.count('search refused');
      else out.fail(`${who}: ${op} → error ${errText(got.errors)}`);
      continue;
    }
    if (f.alias.startsWith('l_')) {
      const got2 = ids(got.data);
      lists.set(f.r.name, got2);
      const leaked = got2.filter((id) => (foreign.get(f.r.name) ?? []).includes(id));
      const unseen = got2.filter((id) => !vis.get(f.r.name)?.has(id));
      if (leaked.length || unseen.length) out.fail(`${who}: ${op} returned rows outside scope [${short(unseen)}]`);
    } else if (lists.has(f.r.name) && got.data !== lists.get(f.r.name)!.length) {
      out.fail(`${who}: ${op} = ${got.data}, list has ${lists.get(f.r.name)!.length}`);
    }
  }
}

/**
 * Relation fields of every visible row, both directions: a to-one object is the row the foreign key
 * names when it is visible and null otherwise; a to-many list and its count are exactly the visible
 * children; filtered to the other side's ids they are empty.
 */
export async function checkRelationFields(
  app: Pick<TestApp, 'orm' | 'sql'>,
  client: Client,
  model: ApiModel,
  vis: Vis,
  foreign: Foreign,
  out: Findings,
  who: string,
) {
  for (const r of model.resources.values()) {
    const mine = sorted(vis.get(r.name) ?? []);
    if (!r.queries.list || !mine.length || (!r.toOne.length && !r.toMany.length)) continue;
    const sel: string[] = ['id'];
    for (const t of r.toOne) sel.push(`${t.field} { id }`, ...(t.fk ? [t.fk] : []));
    for (const [i, t] of r.toMany.entries()) {
      const f = foreign.get(t.target) ?? [];
      sel.push(`${t.field}(take: ${LIMIT}) { id }`);
      if (t.countField) sel.push(t.countField);
      if (f.length) {
        sel.push(`f${i}: ${t.field}(where: ${literal({ id: { in: f } })}) { id }`);
        if (t.countField) sel.push(`fc${i}: ${t.countField}(where: ${literal({ id: { in: f } })})`);
      }
    }
    const res = await client.gql<{ rows: Record<string, unknown>[] }>(
      `{ rows: ${r.queries.list}(where: ${literal({ id: { in: mine } })}, take: ${LIMIT}) { ${sel.join(' ')} } }`,
    );
    if (res.errors?.length || !res.data) {
      out.count('relation fields');
      out.fail(`${who}: ${r.queries.list} with relation fields → error ${errText(res.errors ?? [])}`);
      continue;
    }
    const rows = res.data.rows;
    for (const t of r.toOne) {
      const { table, column } = t.fk ? fkColumn(app, r, t.fk) : { table: '', column: '' };
      const actualFk = t.fk
        ? new Map(
            (
              await app.sql<{ id: string; fk: string | null }>(
                `select id::text, ${column}::text as fk from ${table} where id::text = any($1)`,
                [mine],
              )
            ).map((x) => [x.id, x.fk]),
          )
        : new Map<string, string | null>();
      for (const row of rows) {
        out.count('relation fields');
        const fk = actualFk.get(row.id as string) ?? null;
        const obj = row[t.field] as { id: string } | null;
        if (t.fk && row[t.fk] !== fk) out.fail(`${who}: ${r.name}(${row.id}).${t.fk} = ${row[t.fk]}, database ${fk}`);
        const expected = fk && vis.get(t.target)?.has(fk) ? fk : null;
        if ((obj?.id ?? null) !== expected) {
          out.fail(
            `${who}: ${r.name}(${row.id}).${t.field} = ${obj?.id ?? null}, expected ${expected}` +
              (fk && !expected ? ' (the row is outside the caller\u2019s scope)' : ''),
          );
        }
      }
    }
    for (const [i, t] of r.toMany.entries()) {
      const child = model.resources.get(t.target)!;
      if (!t.inverseFk) {
        out.fail(`${who}: ${r.name}.${t.field}: no foreign key found on ${t.target}`);
        continue;
      }
      const { table, column } = fkColumn(app, child, t.inverseFk);
      const kids = await app.sql<{ id: string; p: string }>(
        `select id::text, ${column}::text as p from ${table} where deleted_at is null and ${column}::text = any($1)`,
        [mine],
      );
      for (const row of rows) {
        out.count('relation fields');
        const expected = kids
          .filter((k) => k.p === row.id && vis.get(t.target)?.has(k.id))
          .map((k) => k.id)
          .sort();
        const actual = ids(row[t.field]);
        if (!same(actual, expected)) {
          const extra = actual.filter((x) => !expected.includes(x));
          out.fail(
            `${who}: ${r.name}(${row.id}).${t.field} returned [${short(actual)}], expected [${short(expected)}]` +
              (extra.length ? `; outside scope: [${short(extra)}]` : ''),
          );
        }
        if (t.countField && row[t.countField] !== expected.length) {
          out.fail(`${who}: ${r.name}(${row.id}).${t.countField} = ${row[t.countField]}, expected ${expected.length}`);
        }
        if (`f${i}` in row) {
          out.count('relation fields');
          if (ids(row[`f${i}`]).length)
            out.fail(`${who}: ${r.name}(${row.id}).${t.field}(where id in foreign) not empty`);
          if (`fc${i}` in row && row[`fc${i}`] !== 0) {
            out.fail(`${who}: ${r.name}(${row.id}).${t.countField}(where id in foreign) = ${row[`fc${i}`]}`);
          }
        }
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Mutations

export interface MutationCase {
  label: string;
  query: string;
  variables: Record<string, unknown>;
  /** The same call with every foreign id replaced by an id that does not exist. */
  ghost: Record<string, unknown>;
  /** The answer the caller's permissions call for, when known. */
  expect?: { code: string; fieldErrors?: Record<string, string> };
}

/** What a caller may do with each resource, as `_adminMeta { permissions }` says. */
export type Permissions = Map<string, { create: boolean; update: boolean; delete: boolean }>;

export async function loadPermissions(client: Client): Promise<Permissions> {
  const res = await client.ok<{
    _adminMeta: { name: string; permissions: { create: boolean; update: boolean; delete: boolean } }[];
  }>(`{ _adminMeta { name permissions { create update delete } } }`);
  return new Map(res._adminMeta.map((m) => [m.name, m.permissions]));
}

const MISSING = '关联记录不存在';

/** A plain change for an update: a free-text field when there is one, else a number or a flag. */
export function harmlessChange(r: ResourceModel): Record<string, unknown> {
  const writable = r.meta.fields.filter((f) => !f.readOnly && !f.createOnly && f.kind !== 'ref');
  const text = writable
    .filter((f) => (f.kind === 'string' || f.kind === 'text') && !f.format)
    .sort((a, b) => Number(a.personal) - Number(b.personal))[0];
  if (text) return { [text.name]: '范围测试' };
  const int = writable.find((f) => f.kind === 'int' && f.max == null);
  if (int) return { [int.name]: (int.min ?? 0) + 1 };
  const flag = writable.find((f) => f.kind === 'boolean');
  if (flag) return { [flag.name]: true };
  return {};
}

const replaceIds = (value: unknown, map: Map<string, string>): unknown =>
  JSON.parse(JSON.stringify(value), (_k, v) => (typeof v === 'string' && map.has(v) ? map.get(v) : v));

function withGhost(
  label: string,
  query: string,
  variables: Record<string, unknown>,
  foreignIds: string[],
): MutationCase {
  const map = new Map(foreignIds.map((id) => [id, randomUUID()]));
  return { label, query, variables, ghost: replaceIds(variables, map) as Record<string, unknown> };
}

/**
 * The generic CRUD mutations of every resource with the other side's ids: create/createMany with a
 * foreign parent (one reference at a time), update/updateMany/delete/deleteMany/restore of foreign rows,
 * and updates moving an own row under a foreign parent.
 */
export function crudMutationCases(
  model: ApiModel,
  foreign: Foreign,
  own: Vis,
  sample: (resource: string) => Record<string, unknown> | null,
  deleted: Record<string, string[]> = {},
  permissions?: Permissions,
  perResource = 2,
): MutationCase[] {
  const cases: MutationCase[] = [];
  const firstForeign = (target: string) => foreign.get(target)?.[0];
  for (const r of model.resources.values()) {
    const m = r.mutations;
    const may = permissions?.get(r.name);
    /** Refused for the role, or else the given answer (the one for a record that does not exist). */
    const expecting = (op: 'create' | 'update' | 'delete', code: string, fieldErrors?: Record<string, string>) =>
      may ? (may[op] ? { code, fieldErrors } : { code: 'FORBIDDEN' }) : undefined;
    const push = (c: MutationCase, e: MutationCase['expect']) => cases.push({ ...c, expect: e });
    const f = foreign.get(r.name) ?? [];
    const mine = sorted(own.get(r.name) ?? []);
    const refs = r.meta.fields.filter((x) => x.kind === 'ref' && !x.readOnly);
    const base = m.create || m.createMany ? sample(r.name) : null;
    if ((m.create || m.createMany) && !base) throw new Error(`no sample create input for ${r.name}`);
    if (base) {
      for (const ref of refs) {
        const target = firstForeign(ref.target!);
        if (!target) continue;
        const data = { ...base, [ref.name]: target };
        if (m.create) {
          push(
            withGhost(
              `${m.create}(${ref.name}: foreign ${ref.target})`,
              `mutation ($data: ${r.name}CreateInput!) { r: ${m.create}(data: $data) { id } }`,
              { data },
              [target],
            ),
            expecting('create', 'BAD_USER_INPUT', { [ref.name]: MISSING }),
          );
        }
        if (m.createMany) {
          push(
            withGhost(
              `${m.createMany}([own, ${ref.name}: foreign ${ref.target}])`,
              `mutation ($data: [${r.name}CreateInput!]!) { r: ${m.createMany}(data: $data) { id } }`,
              { data: [base, data] },
              [target],
            ),
            expecting('create', 'BAD_USER_INPUT', { [`1.${ref.name}`]: MISSING }),
          );
        }
      }
    }
    if (base && m.create && !refs.length) {
      // Nothing to point at (a social group): the created row would be outside a partner's scope anyway.
      const refused = may ? { code: 'FORBIDDEN' } : undefined;
      push(
        {
          label: `${m.create}(no reference)`,
          query: `mutation ($data: ${r.name}CreateInput!) { r: ${m.create}(data: $data) { id } }`,
          variables: { data: base },
          ghost: { data: base },
        },
        refused,
      );
      if (m.createMany) {
        push(
          {
            label: `${m.createMany}([no reference])`,
            query: `mutation ($data: [${r.name}CreateInput!]!) { r: ${m.createMany}(data: $data) { id } }`,
            variables: { data: [base] },
            ghost: { data: [base] },
          },
          refused,
        );
      }
    }
    const change = harmlessChange(r);
    for (const id of f.slice(0, perResource)) {
      if (m.update) {
        push(
          withGhost(
            `${m.update}(foreign id)`,
            `mutation ($id: ID!, $data: ${r.name}UpdateInput!) { r: ${m.update}(id: $id, data: $data) { id } }`,
            { id, data: change },
            [id],
          ),
          expecting('update', 'NOT_FOUND'),
        );
      }
      if (m.delete) {
        push(
          withGhost(`${m.delete}(foreign id)`, `mutation ($id: ID!) { r: ${m.delete}(id: $id) { id } }`, { id }, [id]),
          expecting('delete', 'NOT_FOUND'),
        );
      }
    }
    if (m.restore) {
      for (const id of [...f.slice(0, perResource), ...(deleted[r.name] ?? [])]) {
        const label = deleted[r.name]?.includes(id) ? 'deleted foreign id' : 'foreign id';
        push(
          withGhost(`${m.restore}(${label})`, `mutation ($id: ID!) { r: ${m.restore}(id: $id) { id } }`, { id }, [id]),
          expecting('delete', 'NOT_FOUND'),
        );
      }
    }
    if (f.length) {
      const list = mine.length ? [mine[0], ...f] : f;
      if (m.updateMany) {
        push(
          withGhost(
            `${m.updateMany}([${mine.length ? 'own, ' : ''}${f.length} foreign])`,
            `mutation ($ids: [ID!]!, $data: ${r.name}UpdateInput!) { r: ${m.updateMany}(ids: $ids, data: $data) { id } }`,
            { ids: list, data: change },
            f,
          ),
          expecting('update', 'NOT_FOUND'),
        );
      }
      if (m.deleteMany) {
        push(
          withGhost(
            `${m.deleteMany}([${mine.length ? 'own, ' : ''}${f.length} foreign])`,
            `mutation ($ids: [ID!]!) { r: ${m.deleteMany}(ids: $ids) { id } }`,
            { ids: list },
            f,
          ),
          expecting('delete', 'NOT_FOUND'),
        );
      }
    }
    // Moving an own row under a foreign parent.
    if (m.update && mine.length) {
      for (const ref of refs.filter((x) => !x.createOnly)) {
        const target = firstForeign(ref.target!);
        if (!target) continue;
        push(
          withGhost(
            `${m.update}(own id, ${ref.name}: foreign ${ref.target})`,
            `mutation ($id: ID!, $data: ${r.name}UpdateInput!) { r: ${m.update}(id: $id, data: $data) { id } }`,
            { id: mine[0], data: { [ref.name]: target } },
            [target],
          ),
          expecting('update', 'BAD_USER_INPUT', { [ref.name]: MISSING }),
        );
      }
    }
  }
  return cases;
}

/** Sign-in mutations act on the caller's own credentials, not on records: left out of the matrix. */
export const AUTH_MUTATIONS = new Set(['login', 'logout', 'refresh']);

/** The resource an ID argument names: `id`/`ids` the one returned, `userId` User, `classId` whatever classId means elsewhere. */
function resourceOfId(model: ApiModel, name: string, returned: string): string | null {
  if ((name === 'id' || name === 'ids') && model.resources.has(returned)) return returned;
  if (name === 'scopeId') return 'Organization'; // a report's scope: an organization subtree
  if (name === 'unionWithinId') return 'Organization'; // a round's tier rule: 工会关系 in this subtree
  if (name === 'objectionId') return 'RoundObjection'; // a round's correction names the upheld objection
  if (name === 'moreClassIds' || name === 'alsoClassIds') return 'ServiceClass'; // a round over several classes
  const stem = name.replace(/Ids?$/, '');
  const cap = stem.charAt(0).toUpperCase() + stem.slice(1);
  if (model.resources.has(cap)) return cap;
  for (const r of model.resources.values()) {
    const f = r.meta.fields.find((x) => x.name === name.replace(/Ids$/, 'Id') && x.target);
    if (f) return f.target;
  }
  return null;
}

function plainValue(type: GraphQLInputType, name: string): unknown {
  const named = getNamedType(type);
  const list = isListType(getNullableType(type));
  let v: unknown;
  if (isEnumType(named)) v = named.getValues()[0].value;
  else if (named.name === 'String') v = /password/i.test(name) ? 'scope-test-password-1' : '范围测试用的说明文字';
  else if (named.name === 'Int' || named.name === 'Float') v = 1;
  else if (named.name === 'Boolean') v = true;
  else if (named.name === 'DateTime') v = '2030-01-01T00:00:00.000Z';
  else if (named.name === 'LocalDate') v = '2025-07-15';
  else if (named.name === 'LocalTime') v = '08:00:00';
  else v = null;
  return list ? [v] : v;
}

/**
 * Every other mutation (domain actions, accounts work) with arguments generated from the schema:
 * one call per ID slot (an ID argument, or an ID field of an input argument) holding a foreign id.
 */
export function otherMutationCases(model: ApiModel, pickId: (resource: string) => string | undefined): MutationCase[] {
  const cases: MutationCase[] = [];
  for (const field of model.otherMutations) {
    if (AUTH_MUTATIONS.has(field.name)) continue;
    cases.push(...casesForField(model, field, pickId, 'mutation'));
  }
  return cases;
}

/**
 * Queries that answer anyone, signed in or not, by design, so another partner's id is no secret there:
 * roundNotice(id) is a round's public notice (公示, docs/lottery.md), which shows the class, the
 * committed hashes, application numbers and tiers, and after the draw masked names (张*明), nothing
 * else personal. They are left out of the "fails like a missing record" cases and tested on their own
 * (scope-isolation.test.ts: what the notice of another partner's round holds, NOT_FOUND for unknown ids).
 */
export const PUBLIC_QUERIES: ReadonlySet<string> = new Set(['roundNotice']);

/**
 * Domain queries that name a record by id (settlement(projectId), lowAttendanceEnrollments(classId)…),
 * each with another partner's id: they must fail like a missing record, as the mutations do. Public
 * queries (PUBLIC_QUERIES) aside.
 */
export function otherQueryCases(model: ApiModel, pickId: (resource: string) => string | undefined): MutationCase[] {
  return model.otherQueryFields
    .filter((f) => !PUBLIC_QUERIES.has(f.name))
    .filter((f) => f.args.some((a) => getNamedType(a.type).name === 'ID'))
    .flatMap((f) => casesForField(model, f, pickId, 'query'));
}

function casesForField(
  model: ApiModel,
  field: GraphQLField<unknown, unknown>,
  pickId: (resource: string) => string | undefined,
  operation: 'mutation' | 'query',
): MutationCase[] {
  const returned = getNamedType(field.type);
  const selection = isObjectType(returned) ? (model.resources.has(returned.name) ? '{ id }' : '{ __typename }') : '';
  type Slot = { arg: string; field?: string; resource: string; list: boolean; required: boolean };
  const slots: Slot[] = [];
  const fixed: Record<string, unknown> = {};
  const unknown: string[] = [];
  for (const arg of field.args) {
    const named = getNamedType(arg.type);
    if (named.name === 'ID') {
      const resource = resourceOfId(model, arg.name, returned.name);
      if (!resource) unknown.push(arg.name);
      else slots.push({ arg: arg.name, resource, list: isListType(getNullableType(arg.type)), required: true });
    } else if (isInputObjectType(named)) {
      const obj: Record<string, unknown> = {};
      for (const f of Object.values(named.getFields())) {
        const fnamed = getNamedType(f.type);
        if (fnamed.name === 'ID') {
          const resource = resourceOfId(model, f.name, returned.name);
          if (!resource) unknown.push(`${arg.name}.${f.name}`);
          else {
            slots.push({
              arg: arg.name,
              field: f.name,
              resource,
              list: isListType(getNullableType(f.type)),
              required: isNonNullType(f.type),
            });
          }
        } else if (isNonNullType(f.type)) obj[f.name] = plainValue(f.type, f.name);
      }
      fixed[arg.name] = isListType(getNullableType(arg.type)) ? [obj] : obj;
    } else if (isNonNullType(arg.type)) fixed[arg.name] = plainValue(arg.type, arg.name);
  }
  if (unknown.length) {
    throw new Error(`cannot tell which record ${field.name}(${unknown.join(', ')}) names: extend resourceOfId`);
  }
  const defs = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const query = `${operation}${defs ? ` (${defs})` : ''} { r: ${field.name}${args ? `(${args})` : ''} ${selection} }`;
  const variants = slots.length ? slots.map((s) => [s]) : [[]];
  const out: MutationCase[] = [];
  for (const variant of variants) {
    const vars = JSON.parse(JSON.stringify(fixed)) as Record<string, unknown>;
    const used: string[] = [];
    let skip = false;
    for (const s of slots) {
      if (!variant.includes(s) && !s.required) continue;
      const id = pickId(s.resource);
      if (!id) {
        skip = true;
        break;
      }
      used.push(id);
      const value = s.list ? [id] : id;
      if (s.field) {
        const holder = vars[s.arg] as Record<string, unknown> | Record<string, unknown>[];
        for (const o of Array.isArray(holder) ? holder : [holder]) o[s.field] = value;
      } else vars[s.arg] = value;
    }
    if (skip) continue;
    const label = `${field.name}(${variant.map((s) => `${s.field ?? s.arg}: ${s.resource}`).join(', ')})`;
    out.push(withGhost(label, query, vars, used));
  }
  return out;
}

const normalize = (errors: GqlError[] | undefined) =>
  (errors ?? []).map((e) => ({
    code: e.extensions?.code,
    message: e.message.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<id>'),
    fieldErrors: e.extensions?.fieldErrors ?? null,
  }));

/**
 * Runs each case twice, with the foreign ids and with ids that do not exist: both must fail, and fail
 * the same way (a record out of reach answers like one that does not exist). `expectCode`, when given,
 * is the only acceptable code.
 */
export async function runMutationCases(
  client: Client,
  cases: MutationCase[],
  out: Findings,
  who: string,
  options: { expectCode?: string; compareWithGhost?: boolean } = {},
) {
  for (const c of cases) {
    out.count('mutations');
    const real = await client.gql(c.query, c.variables);
    if (!real.errors?.length) {
      out.fail(`${who}: ${c.label} succeeded (expected an error): ${JSON.stringify(real.data)}`);
      continue;
    }
    const a = normalize(real.errors);
    if (options.expectCode && a.some((e) => e.code !== options.expectCode)) {
      out.fail(`${who}: ${c.label} → ${errText(real.errors)} (expected ${options.expectCode})`);
      continue;
    }
    if (
      c.expect &&
      (a[0].code !== c.expect.code ||
        (c.expect.fieldErrors && JSON.stringify(a[0].fieldErrors) !== JSON.stringify(c.expect.fieldErrors)))
    ) {
      out.fail(
        `${who}: ${c.label} → ${errText(real.errors)} (expected ${c.expect.code}` +
          `${c.expect.fieldErrors ? ' ' + JSON.stringify(c.expect.fieldErrors) : ''})`,
      );
      continue;
    }
    if (options.compareWithGhost === false) continue;
    const ghost = await client.gql(c.query, c.ghost);
    const b = normalize(ghost.errors);
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      out.fail(
        `${who}: ${c.label} answers differently for a foreign record and a missing one: ` +
          `foreign → ${JSON.stringify(a)}; missing → ${ghost.errors?.length ? JSON.stringify(b) : 'success'}`,
      );
    }
  }
}
