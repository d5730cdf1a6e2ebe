import buildGraphQLProvider from 'ra-data-graphql';
import type { DataProvider } from 'react-admin';
import { loadAccess, type UserAccess } from '../auth/access-store';
import {
  ImportRosterDocument,
  RevealDocument,
  WorkProgressDocument,
  type ImportRosterMutation,
  type RevealableField,
  type RosterRowInput,
  type WorkProgressQuery,
} from '../generated-api/operations';
import introspection from '../generated/introspection.json';
import { resourceMeta } from '../generated/meta';
import { apolloClient } from './apollo-client';
import { buildQueryFactory, MAX_TAKE } from './build-query';
import { attendanceActions } from './domain/attendance-actions';
import { runMutation, runQuery } from './domain/call';
import { classActions } from './domain/class-actions';
import { needActions } from './domain/need-actions';
import { projectActions } from './domain/project-actions';
import { roundActions } from './domain/round-actions';
import { reportQueries } from './domain/report-queries';
import { toHttpError } from './errors';
import { metaOf } from './selection';
import { changedData } from './write-data';

/**
 * The data provider: ra-data-graphql with our own `buildQuery` (build-query.ts) and the schema given
 * statically (the generated, pruned introspection) so it never introspects at run time. Every call
 * first loads what the user may read (the selection depends on it); errors become HttpErrors
 * (errors.ts). Domain actions the screens need are extra methods (the workflows' ones in domain/).
 */
export { apolloClient };

let access: UserAccess | null = null;

const operationNames = Object.fromEntries(
  (['GET_LIST', 'GET_ONE', 'GET_MANY', 'GET_MANY_REFERENCE', 'CREATE', 'UPDATE', 'DELETE'] as const).map((t) => {
    const op = {
      GET_LIST: 'list',
      GET_ONE: 'one',
      GET_MANY: 'list',
      GET_MANY_REFERENCE: 'list',
      CREATE: 'create',
      UPDATE: 'update',
      DELETE: 'delete',
    }[t] as keyof (typeof resourceMeta)[string]['operations'];
    return [t, (type: { name: string }) => resourceMeta[type.name]?.operations[op] ?? undefined];
  }),
);

const base = buildGraphQLProvider({
  client: apolloClient,
  introspection: { schema: (introspection as { __schema: never }).__schema, operationNames },
  buildQuery: buildQueryFactory(() => access),
} as never) as unknown as DataProvider;

/* eslint-disable @typescript-eslint/no-explicit-any -- react-admin's method types are generic per record type */
type Method = keyof DataProvider;
const guarded =
  (method: Method): any =>
  async (resource: string, params: Record<string, unknown>) => {
    access = await loadAccess();
    try {
      return await (base[method] as (r: string, p: unknown) => Promise<unknown>)(resource, params);
    } catch (e) {
      throw toHttpError(e);
    }
  };

export interface RosterImportInput {
  classId: string;
  rows: RosterRowInput[];
  dryRun: boolean;
  /** A UUID: the server records its progress under it (workProgress). */
  progressKey?: string;
}

export const dataProvider = {
  getList: async (resource: string, params: Record<string, any>): Promise<any> => {
    // Exports ask for more than a page can hold: fetch it 100 at a time.
    const perPage = params.pagination?.perPage ?? 25;
    if (perPage <= MAX_TAKE) return guarded('getList')(resource, params);
    const first = (await guarded('getList')(resource, { ...params, pagination: { page: 1, perPage: MAX_TAKE } })) as {
      data: unknown[];
      total: number;
    };
    const data = [...first.data];
    for (let page = 2; data.length < Math.min(first.total, perPage); page++) {
      const next = (await guarded('getList')(resource, { ...params, pagination: { page, perPage: MAX_TAKE } })) as {
        data: unknown[];
      };
      if (!next.data.length) break;
      data.push(...next.data);
    }
    return { data: data.slice(0, perPage), total: first.total };
  },
  getOne: guarded('getOne'),
  getMany: guarded('getMany'),
  getManyReference: guarded('getManyReference'),
  create: guarded('create'),
  update: async (resource: string, params: Record<string, any>): Promise<any> => {
    // Nothing changed: nothing to send (and no version to bump).
    if (Object.keys(changedData(metaOf(resource), params.data, params.previousData)).length === 0) {
      return { data: params.previousData };
    }
    return guarded('update')(resource, params);
  },
  updateMany: guarded('updateMany'),
  delete: guarded('delete'),
  deleteMany: guarded('deleteMany'),

  /** The clear value of a masked field, for a stated reason (audited by the API). */
  async revealPersonalInfo(beneficiaryId: string, field: RevealableField, reason: string): Promise<string | null> {
    const r = await runMutation(RevealDocument, { id: beneficiaryId, field, reason });
    return r.revealPersonalInfo;
  },

  async importRoster(input: RosterImportInput): Promise<RosterImportResult> {
    const r = await runMutation(ImportRosterDocument, { ...input });
    return r.importRoster;
  },

  /** Where work started with a progress key stands (null until the server has started it). */
  async workProgress(key: string): Promise<WorkProgress | null> {
    const r = await runQuery(WorkProgressDocument, { key });
    return r.workProgress;
  },
  ...projectActions,
  ...classActions,
  ...attendanceActions,
  ...needActions,
  ...roundActions,
  ...reportQueries,
} satisfies DataProvider & Record<string, unknown>;
/* eslint-enable @typescript-eslint/no-explicit-any */

export type AppDataProvider = typeof dataProvider;

/** The operations' documents are in domain/operations/*.graphql (roster.graphql, personal-info.graphql). */
export type WorkProgress = NonNullable<WorkProgressQuery['workProgress']>;
export type RosterImportResult = ImportRosterMutation['importRoster'];
