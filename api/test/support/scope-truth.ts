import type { TestApp } from './test-app';

/**
 * Ground truth for the scope tests, in plain SQL written from the rules as DESIGN.md states them
 * (not from the application's filter code): which live rows of each resource a caller may see.
 */
export type TruthScope = { all: true } | { orgPath: string } | { groupId: string };

/** Every resource's table and, per kind of caller, the condition on its rows ($1: path pattern or group id). */
type Rule = { table: string; org: string; group: string };

function rules(): Record<string, Rule> {
  // Organization callers ($1 = '/root/…/org/%').
  const O = `(select id from organization where path like $1)`;
  const P = `(select id from service_project where sponsor_id in ${O})`;
  const C = `(select id from service_class where project_id in ${P})`;
  const E = `(select id from enrollment where class_id in ${C})`;
  const R = `(select id from application_round where class_id in ${C})`;
  const PEOPLE = `(select id from beneficiary where registered_by_id in ${O}
    or id in (select beneficiary_id from enrollment where deleted_at is null and class_id in ${C})
    or id in (select beneficiary_id from application where deleted_at is null and round_id in
      (select id from application_round where deleted_at is null and class_id in ${C})))`;
  // Partner callers ($1 = social group id).
  const gP = `(select id from service_project where operator_id = $1
    or id in (select project_id from project_partner where deleted_at is null and social_group_id = $1))`;
  const gO = `(select sponsor_id from service_project where deleted_at is null and id in ${gP}
    union select organization_id from partnership where deleted_at is null and social_group_id = $1)`;
  const gC = `(select id from service_class where project_id in ${gP})`;
  const gE = `(select id from enrollment where class_id in ${gC})`;
  const gR = `(select id from application_round where class_id in ${gC})`;
  const gPEOPLE = `(select id from beneficiary where registered_by_group_id = $1
    or id in (select beneficiary_id from enrollment where deleted_at is null and class_id in ${gC})
    or id in (select beneficiary_id from application where deleted_at is null and round_id in
      (select id from application_round where deleted_at is null and class_id in ${gC})))`;
  const ofProject = (table: string): Rule => ({ table, org: `project_id in ${P}`, group: `project_id in ${gP}` });
  return {
    Organization: { table: 'organization', org: `path like $1`, group: `id in ${gO}` },
    SocialGroup: { table: 'social_group', org: 'true', group: 'id = $1' },
    Partnership: { table: 'partnership', org: `organization_id in ${O}`, group: 'social_group_id = $1' },
    Venue: {
      table: 'venue',
      org: `owner_id in ${O}`,
      group: `id in (select venue_id from service_class where deleted_at is null and project_id in ${gP})`,
    },
    ServiceProject: { table: 'service_project', org: `id in ${P}`, group: `id in ${gP}` },
    ProjectPartner: ofProject('project_partner'),
    ApprovalStep: ofProject('approval_step'),
    SubsidyPolicy: ofProject('subsidy_policy'),
    Evaluation: ofProject('evaluation'),
    ServiceClass: ofProject('service_class'),
    ClassSession: { table: 'class_session', org: `class_id in ${C}`, group: `class_id in ${gC}` },
    Enrollment: { table: 'enrollment', org: `class_id in ${C}`, group: `class_id in ${gC}` },
    Attendance: { table: 'attendance', org: `enrollment_id in ${E}`, group: `enrollment_id in ${gE}` },
    // A class's application rounds (issue 22) are seen with the class, as its enrollments are; an
    // application is seen by whoever sees its round.
    ApplicationRound: { table: 'application_round', org: `class_id in ${C}`, group: `class_id in ${gC}` },
    Application: { table: 'application', org: `round_id in ${R}`, group: `round_id in ${gR}` },
    // An objection to a round is seen by whoever sees the round (its reason may name a person: staff only).
    RoundObjection: { table: 'round_objection', org: `round_id in ${R}`, group: `round_id in ${gR}` },
    Beneficiary: { table: 'beneficiary', org: `id in ${PEOPLE}`, group: `id in ${gPEOPLE}` },
    Guardianship: { table: 'guardianship', org: `ward_id in ${PEOPLE}`, group: `ward_id in ${gPEOPLE}` },
    Consent: { table: 'consent', org: `beneficiary_id in ${PEOPLE}`, group: `beneficiary_id in ${gPEOPLE}` },
    // One-to-one work: the sponsor's subtree and the operator (and the group that did it), not co-partners.
    ServiceRecord: {
      table: 'service_record',
      org: `project_id in ${P}`,
      group: `social_group_id = $1 or project_id in (select id from service_project where operator_id = $1)`,
    },
    NeedRequest: { table: 'need_request', org: `raised_by_id in ${O}`, group: `matched_project_id in ${gP}` },
    User: { table: 'app_user', org: `organization_id in ${O}`, group: 'social_group_id = $1' },
    // Keys of the subtree's organizations, and keys its users made (for partner organizations).
    ApiKey: {
      table: 'api_key',
      org: `organization_id in ${O} or created_by_id in (select id from app_user where organization_id in ${O})`,
      group: 'social_group_id = $1',
    },
    AuditEvent: {
      table: 'audit_event',
      org: `actor_id in (select id from app_user where organization_id in ${O})`,
      group: 'false',
    },
  };
}

export const TRUTH_RULES = rules();

export function tableOf(resource: string): string {
  const rule = TRUTH_RULES[resource];
  if (!rule) throw new Error(`no ground-truth rule for ${resource}: add it to test/support/scope-truth.ts`);
  return rule.table;
}

/** Ids of the live rows of every resource (or of `only`) the caller may see. */
export async function visibleIds(
  app: Pick<TestApp, 'sql'>,
  scope: TruthScope,
  only: string[] = Object.keys(TRUTH_RULES),
): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  for (const resource of only) {
    const rule = TRUTH_RULES[resource];
    if (!rule) throw new Error(`no ground-truth rule for ${resource}: add it to test/support/scope-truth.ts`);
    let cond = 'true';
    let params: unknown[] = [];
    if ('orgPath' in scope) {
      cond = rule.org;
      params = [`${scope.orgPath}%`];
    } else if ('groupId' in scope) {
      cond = rule.group;
      params = [scope.groupId];
    }
    if (!cond.includes('$1')) params = [];
    const rows = await app.sql<{ id: string }>(
      `select id::text from ${rule.table} where deleted_at is null and (${cond})`,
      params,
    );
    out.set(resource, new Set(rows.map((r) => r.id)));
  }
  return out;
}

/** Rows one caller sees and the other does not, per resource. */
export function difference(a: Map<string, Set<string>>, b: Map<string, Set<string>>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [resource, ids] of a) out.set(resource, [...ids].filter((id) => !b.get(resource)?.has(id)).sort());
  return out;
}

/** Columns that change on reads (sign-in time, key use), left out of digests. */
const VOLATILE = ['last_login_at', 'last_used_at'];

/** An md5 per table of every row (or of the rows with the given ids), to prove nothing was written. */
export async function digest(app: Pick<TestApp, 'sql'>, ids?: string[]): Promise<Record<string, string>> {
  const tables = await app.sql<{ table_name: string }>(
    `select table_name from information_schema.tables
     where table_schema = 'public' and table_type = 'BASE TABLE'
       and table_name not in ('mikro_orm_migrations', 'refresh_token') order by table_name`,
  );
  const withId = new Set(
    (
      await app.sql<{ t: string }>(
        `select table_name t from information_schema.columns where table_schema = 'public' and column_name = 'id'`,
      )
    ).map((r) => r.t),
  );
  const out: Record<string, string> = {};
  for (const { table_name: t } of tables) {
    // Tables without ids (the report summaries) are digested whole, and not at all when rows are picked by id.
    if (!withId.has(t) && ids) continue;
    const order = withId.has(t) ? 'x.id::text' : 'x::text';
    // The live-row deltas are folded in the background (db/live-count.ts): what they hold is their sums.
    const from =
      t === 'live_count_delta' ? `(select table_name, sum(delta) from live_count_delta group by 1)` : `"${t}"`;
    const [row] = await app.sql<{ n: number; md5: string }>(
      `select count(*)::int as n,
              md5(coalesce(string_agg((to_jsonb(x) - $1::text[])::text, '|' order by ${order}), '')) as md5
       from ${from} x ${ids ? 'where x.id::text = any($2)' : ''}`,
      ids ? [VOLATILE, ids] : [VOLATILE],
    );
    out[t] = `${row.n}:${row.md5}`;
  }
  return out;
}

/** Tables whose digest differs. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((t) => before[t] !== after[t]);
}
