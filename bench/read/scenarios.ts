/**
 * The read scenarios of `npm run bench` (issue 16): what each contestant is asked, and the canonical answer
 * every contestant's reply is turned into before the answers are compared (and before anything is timed).
 *
 * Contestants: Linli (our production build, signed in as a platform admin: no scope rows, like PostGraphile
 * running as the database owner), PostGraphile v5 (bench/peer), and the floor (bench/read/floor.ts: one
 * hand-written SQL statement per request). Every level of every contestant hides soft-deleted rows
 * (`deleted_at is null`), as Linli does. Sort orders end with `id ASC` so that every page is deterministic.
 *
 * `vars` are filled by the runner from the generated dataset (bench/read/generate.ts): `personId` is a
 * child with guardians and enrollments, `search` a class-name fragment that matches some hundreds of classes.
 */
export type Canonical = unknown;

export interface Scenario {
  name: string;
  /** The GraphQL document sent to Linli; `variables` come from `vars`. */
  linli: string;
  /** Linli's `data` → canonical. */
  canonical: (data: Record<string, unknown>) => Canonical;
  /** PostGraphile cannot answer it the same way (pinyin order): compared against the floor only. */
  floorOnly?: boolean;
}

type Row = Record<string, unknown>;
const pick = (o: Row | null, keys: string[]): Row | null =>
  o ? Object.fromEntries(keys.map((k) => [k, o[k] ?? null])) : null;

/**
 * Canonical shapes (the contract of bench/read/floor.ts and bench/peer's mapping):
 *
 * classList / classSearch: { total: number, rows: [{ id, name, startsOn, capacity,
 *     project: { id, name, sponsor: { id, name } }, venue: { id, name } | null,
 *     enrollments: [{ id, status, beneficiary: { id, name } }] }] }
 *   rows: service_class ordered by starts_on DESC, id ASC, 25 rows; enrollments: the class's first 5 by
 *   created_at DESC, id ASC. classSearch: only classes whose name contains `search` (case-insensitive).
 * personDetail: { id, name, gender, birthDate, guardians: [{ relation, guardian: { id, name } }],
 *     enrollments: [{ id, status, createdAt, serviceClass: { id, name } }] }
 *   guardians: guardianship rows where ward = person, by created_at ASC, id ASC; enrollments: the last 10 by
 *   created_at DESC, id ASC. createdAt as an ISO string in UTC with milliseconds (Date#toISOString).
 * projectList: { total, rows: [{ id, name, status, startsOn, budgetFen, sponsor: { id, name },
 *     operator: { id, name } | null, classesCount }] } — starts_on DESC, id ASC, 25 rows.
 * enrollmentList: { total, rows: [{ id, status, createdAt, serviceClass: { id, name }, beneficiary: { id, name } }] }
 *   — created_at DESC, id ASC, 25 rows.
 * peopleList (floor only): { total, rows: [{ id, name, gender, birthDate, categories }] } — name in pinyin order
 *   (`collate "zh-x-icu"`), then id, 25 rows.
 * organizationList (floor only): { total, rows: [{ id, name, level, parent: { id, name } | null }] } — name in
 *   pinyin order, then id, 25 rows.
 * typename: { __typename: 'Query' }.
 */
export const SCENARIOS: Scenario[] = [
  {
    name: 'classList',
    linli: `{ serviceClasses(take: 25) { id name startsOn capacity project { id name sponsor { id name } }
      venue { id name } enrollments(take: 5) { id status beneficiary { id name } } } serviceClassesCount }`,
    canonical: (d) => ({
      total: d.serviceClassesCount,
      rows: (d.serviceClasses as Row[]).map((c) => ({
        ...pick(c, ['id', 'name', 'startsOn', 'capacity']),
        project: {
          ...pick(c.project as Row, ['id', 'name']),
          sponsor: pick((c.project as Row).sponsor as Row, ['id', 'name']),
        },
        venue: pick(c.venue as Row | null, ['id', 'name']),
        enrollments: (c.enrollments as Row[]).map((e) => ({
          ...pick(e, ['id', 'status']),
          beneficiary: pick(e.beneficiary as Row, ['id', 'name']),
        })),
      })),
    }),
  },
  {
    name: 'classSearch',
    linli: `query ($search: String) { serviceClasses(take: 25, search: $search) { id name startsOn capacity
      project { id name sponsor { id name } } venue { id name } enrollments(take: 5) { id status beneficiary { id name } } }
      serviceClassesCount(search: $search) }`,
    canonical: (d) => SCENARIOS[0].canonical(d),
  },
  {
    name: 'personDetail',
    linli: `query ($personId: ID!) { beneficiary(id: $personId) { id name gender birthDate
      guardians { relation guardian { id name } }
      enrollments(take: 10) { id status createdAt serviceClass { id name } } } }`,
    canonical: (d) => {
      const p = d.beneficiary as Row;
      return {
        ...pick(p, ['id', 'name', 'gender', 'birthDate']),
        guardians: (p.guardians as Row[]).map((g) => ({
          relation: g.relation,
          guardian: pick(g.guardian as Row, ['id', 'name']),
        })),
        enrollments: (p.enrollments as Row[]).map((e) => ({
          ...pick(e, ['id', 'status', 'createdAt']),
          serviceClass: pick(e.serviceClass as Row, ['id', 'name']),
        })),
      };
    },
  },
  {
    name: 'projectList',
    linli: `{ serviceProjects(take: 25) { id name status startsOn budgetFen sponsor { id name } operator { id name }
      classesCount } serviceProjectsCount }`,
    canonical: (d) => ({
      total: d.serviceProjectsCount,
      rows: (d.serviceProjects as Row[]).map((p) => ({
        ...pick(p, ['id', 'name', 'status', 'startsOn', 'budgetFen']),
        sponsor: pick(p.sponsor as Row, ['id', 'name']),
        operator: pick(p.operator as Row | null, ['id', 'name']),
        classesCount: p.classesCount,
      })),
    }),
  },
  {
    name: 'enrollmentList',
    linli: `{ enrollments(take: 25) { id status createdAt serviceClass { id name } beneficiary { id name } } enrollmentsCount }`,
    canonical: (d) => ({
      total: d.enrollmentsCount,
      rows: (d.enrollments as Row[]).map((e) => ({
        ...pick(e, ['id', 'status', 'createdAt']),
        serviceClass: pick(e.serviceClass as Row, ['id', 'name']),
        beneficiary: pick(e.beneficiary as Row, ['id', 'name']),
      })),
    }),
  },
  {
    name: 'peopleList',
    floorOnly: true,
    linli: `{ beneficiaries(take: 25) { id name gender birthDate categories } beneficiariesCount }`,
    canonical: (d) => ({
      total: d.beneficiariesCount,
      rows: (d.beneficiaries as Row[]).map((b) => pick(b, ['id', 'name', 'gender', 'birthDate', 'categories'])),
    }),
  },
  {
    name: 'organizationList',
    floorOnly: true,
    linli: `{ organizations(take: 25) { id name level parent { id name } } organizationsCount }`,
    canonical: (d) => ({
      total: d.organizationsCount,
      rows: (d.organizations as Row[]).map((o) => ({
        ...pick(o, ['id', 'name', 'level']),
        parent: pick(o.parent as Row | null, ['id', 'name']),
      })),
    }),
  },
  { name: 'typename', linli: `{ __typename }`, canonical: (d) => ({ __typename: d.__typename }) },
];
