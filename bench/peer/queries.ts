/**
 * What the PostGraphile contestant (bench/peer/postgraphile.mjs) is asked for each read scenario of
 * bench/read/scenarios.ts, and how its `data` becomes the canonical answer defined there (same rows, same order
 * with the `id ASC` tie-break, same page sizes and nested limits, soft-deleted rows hidden at every level).
 *
 * Names are those of stock PostGraphile v5 with the simplify-inflection preset: the primary key column `id` is
 * `rowId` (`id` is the Relay node id), relations named after their foreign key column (`class`, `sponsor`) or
 * `…ByXId` when the column is not named after the table. To-many levels and counts hide soft-deleted rows with
 * `condition: { deletedAt: null }`; a to-one field cannot be filtered, so it also selects `deletedAt` and the
 * mapping turns a soft-deleted target into null, as Linli does. `search` uses connection-filter's
 * `includesInsensitive` (ILIKE '%…%', wildcards escaped), like Linli's `search` on class names (which also trims
 * the text: the runner's `search` has no surrounding blanks). No imports: bench/read loads this file under
 * Node 20 while the server runs under Node 22 from its own node_modules.
 */
type Row = Record<string, unknown>;

export interface PeerQuery {
  /** The GraphQL document sent to PostGraphile; variables (`search`, `personId`) are the scenario's `vars`. */
  query: string;
  /** PostGraphile's `data` → the scenario's canonical answer. */
  canonical: (data: Record<string, unknown>) => unknown;
}

/** A to-one target as `{ id, name }`, or null when absent or soft-deleted. */
const ref = (o: unknown): { id: unknown; name: unknown } | null => {
  const r = o as Row | null | undefined;
  return r && r.deletedAt == null ? { id: r.rowId ?? null, name: r.name ?? null } : null;
};
const nodes = (connection: unknown): Row[] => ((connection as Row).nodes as Row[]) ?? [];
/** A list scenario's canonical answer: the connection's totalCount and its nodes, each mapped. */
const page = (connection: unknown, row: (node: Row) => Row) => ({
  total: (connection as Row).totalCount,
  rows: nodes(connection).map(row),
});
/** PostGraphile's timestamptz text (microseconds, offset) → Date#toISOString (milliseconds, UTC), as Linli sends. */
const iso = (value: unknown): string | null => (value == null ? null : new Date(String(value)).toISOString());

const CLASS_FIELDS = `rowId name startsOn capacity
      project { rowId name deletedAt sponsor { rowId name deletedAt } }
      venue { rowId name deletedAt }
      enrollmentsByClassId(first: 5, orderBy: [CREATED_AT_DESC, ROW_ID_ASC], condition: { deletedAt: null }) {
        nodes { rowId status beneficiary { rowId name deletedAt } } }`;

const classes = (d: Record<string, unknown>) =>
  page(d.serviceClasses, (c) => {
    const project = ref(c.project);
    return {
      id: c.rowId,
      name: c.name,
      startsOn: c.startsOn,
      capacity: c.capacity,
      project: project && { ...project, sponsor: ref((c.project as Row).sponsor) },
      venue: ref(c.venue),
      enrollments: nodes(c.enrollmentsByClassId).map((e) => ({
        id: e.rowId,
        status: e.status,
        beneficiary: ref(e.beneficiary),
      })),
    };
  });

export const PEER: Record<string, PeerQuery> = {
  classList: {
    query: `{ serviceClasses(first: 25, orderBy: [STARTS_ON_DESC, ROW_ID_ASC], condition: { deletedAt: null }) {
      totalCount nodes { ${CLASS_FIELDS} } } }`,
    canonical: classes,
  },
  classSearch: {
    query: `query ($search: String!) { serviceClasses(first: 25, orderBy: [STARTS_ON_DESC, ROW_ID_ASC],
      condition: { deletedAt: null }, filter: { name: { includesInsensitive: $search } }) {
      totalCount nodes { ${CLASS_FIELDS} } } }`,
    canonical: classes,
  },
  personDetail: {
    // Linli's `guardians` without `take` is its default page of 25.
    query: `query ($personId: UUID!) { beneficiary(rowId: $personId) { rowId name gender birthDate deletedAt
      guardianshipsByWardId(first: 25, orderBy: [CREATED_AT_ASC, ROW_ID_ASC], condition: { deletedAt: null }) {
        nodes { relation guardian { rowId name deletedAt } } }
      enrollments(first: 10, orderBy: [CREATED_AT_DESC, ROW_ID_ASC], condition: { deletedAt: null }) {
        nodes { rowId status createdAt class { rowId name deletedAt } } } } }`,
    canonical: (d) => {
      const p = d.beneficiary as Row | null;
      if (!p || p.deletedAt != null) return null;
      return {
        id: p.rowId,
        name: p.name,
        gender: p.gender,
        birthDate: p.birthDate,
        guardians: nodes(p.guardianshipsByWardId).map((g) => ({ relation: g.relation, guardian: ref(g.guardian) })),
        enrollments: nodes(p.enrollments).map((e) => ({
          id: e.rowId,
          status: e.status,
          createdAt: iso(e.createdAt),
          serviceClass: ref(e.class),
        })),
      };
    },
  },
  projectList: {
    query: `{ serviceProjects(first: 25, orderBy: [STARTS_ON_DESC, ROW_ID_ASC], condition: { deletedAt: null }) {
      totalCount nodes { rowId name status startsOn budgetFen sponsor { rowId name deletedAt }
        operator { rowId name deletedAt } serviceClassesByProjectId(condition: { deletedAt: null }) { totalCount } } } }`,
    canonical: (d) => {
      return page(d.serviceProjects, (p) => ({
        id: p.rowId,
        name: p.name,
        status: p.status,
        startsOn: p.startsOn,
        budgetFen: p.budgetFen,
        sponsor: ref(p.sponsor),
        operator: ref(p.operator),
        classesCount: (p.serviceClassesByProjectId as Row).totalCount,
      }));
    },
  },
  enrollmentList: {
    query: `{ enrollments(first: 25, orderBy: [CREATED_AT_DESC, ROW_ID_ASC], condition: { deletedAt: null }) {
      totalCount nodes { rowId status createdAt class { rowId name deletedAt } beneficiary { rowId name deletedAt } } } }`,
    canonical: (d) => {
      return page(d.enrollments, (e) => ({
        id: e.rowId,
        status: e.status,
        createdAt: iso(e.createdAt),
        serviceClass: ref(e.class),
        beneficiary: ref(e.beneficiary),
      }));
    },
  },
  typename: { query: `{ __typename }`, canonical: (d) => ({ __typename: d.__typename }) },
};
