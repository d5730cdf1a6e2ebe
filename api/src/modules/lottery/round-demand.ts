import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../common/errors';
import type { Context } from '../../graphql/context';
import { enumLabels } from '../../common/enums';
import { resolveScope, type ReportScope } from '../report/report.scope';
import { ApplicationRound } from './application-round.entity';

/**
 * Applications against places (报名需求, issue 22 item 5): how over-subscribed the classes whose rounds closed
 * in a period were, by class, by area or by service category: the demand signal a union reads to decide
 * where the next class opens. An application counts for its first choice. Rounds are those the caller may
 * read (the scope filter of the request's EntityManager), narrowed to an organization's subtree with
 * scopeId as the dashboard does; an area is the organization directly under that node on the sponsor's
 * path. Counts only: no row about a person leaves here.
 */
export type DemandGroup = 'CLASS' | 'AREA' | 'CATEGORY';

export interface DemandRow {
  key: string;
  label: string;
  rounds: number;
  places: number;
  applications: number;
  won: number;
  /** Applications per place offered; null without places. */
  ratio: number | null;
}

const CHINA_OFFSET_MS = 8 * 3_600_000;
const chinaMidnight = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - CHINA_OFFSET_MS);
const MAX_DAYS = 3 * 366;
/** A uuid[] literal: knex would spread a JS array into a list of parameters. */
const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

interface ClassRow {
  round_id: string;
  class_id: string;
  class_name: string;
  places: number;
  category: string;
  sponsor_id: string;
  sponsor_path: string;
}

export async function roundDemand(
  ctx: Pick<Context, 'em' | 'principal'>,
  args: { from: string; to: string; groupBy: DemandGroup; scopeId?: string | null },
): Promise<DemandRow[]> {
  const scope = await resolveScope(ctx, args.scopeId);
  const [from, to] = [chinaMidnight(args.from), new Date(chinaMidnight(args.to).getTime() + 86_400_000)];
  if (!(from < to) || to.getTime() - from.getTime() > MAX_DAYS * 86_400_000)
    throw badInput({ to: '结束日期须不早于开始日期，且区间不超过3年' }, '统计区间有误');
  const rounds = await ctx.em.find(
    ApplicationRound,
    { closesAt: { $gte: from, $lt: to }, status: { $ne: 'CANCELLED' } },
    { fields: ['id'] },
  );
  if (!rounds.length) return [];
  const ids = rounds.map((r) => r.id);
  const em: EntityManager = ctx.em;
  const classes = (
    await em.execute<ClassRow[]>(
      `select rc.round_id, rc.class_id, c.name as class_name, rc.places, p.category, o.id as sponsor_id,
              o.path as sponsor_path
         from round_class rc join service_class c on c.id = rc.class_id
         join service_project p on p.id = c.project_id join organization o on o.id = p.sponsor_id
        where rc.round_id = any(?::uuid[]) and rc.deleted_at is null`,
      [uuidArray(ids)],
    )
  ).filter((c) => scope.kind !== 'org' || c.sponsor_path.startsWith(scope.path));
  const demand = await em.execute<{ round_id: string; class_id: string; applications: number; won: number }[]>(
    `select a.round_id, coalesce(a.preferences->>0, r.class_id::text) as class_id, count(*)::int as applications,
            count(*) filter (where a.status = 'WON')::int as won
       from application a join application_round r on r.id = a.round_id
      where a.round_id = any(?::uuid[]) and a.status <> 'WITHDRAWN' and a.deleted_at is null
      group by 1, 2`,
    [uuidArray(ids)],
  );
  const keyOf = await keyer(em, scope, args.groupBy, classes);
  const rows = new Map<string, DemandRow & { roundIds: Set<string> }>();
  const rowOf = (c: ClassRow) => {
    const [key, label] = keyOf(c);
    if (!rows.has(key))
      rows.set(key, { key, label, rounds: 0, places: 0, applications: 0, won: 0, ratio: null, roundIds: new Set() });
    return rows.get(key)!;
  };
  const byRoundClass = new Map(classes.map((c) => [`${c.round_id} ${c.class_id}`, c]));
  for (const c of classes) {
    const row = rowOf(c);
    row.places += c.places;
    row.roundIds.add(c.round_id);
  }
  for (const d of demand) {
    const c = byRoundClass.get(`${d.round_id} ${d.class_id}`);
    if (!c) continue; // outside the narrowed scope
    const row = rowOf(c);
    row.applications += d.applications;
    row.won += d.won;
  }
  return [...rows.values()]
    .map(({ roundIds, ...r }) => ({
      ...r,
      rounds: roundIds.size,
      ratio: r.places > 0 ? Math.round((r.applications / r.places) * 100) / 100 : null,
    }))
    .sort(
      (x, y) => (y.ratio ?? 0) - (x.ratio ?? 0) || y.applications - x.applications || x.label.localeCompare(y.label),
    );
}

/** How a class row is grouped: [key, label]. */
async function keyer(
  em: EntityManager,
  scope: ReportScope,
  groupBy: DemandGroup,
  classes: ClassRow[],
): Promise<(c: ClassRow) => [string, string]> {
  if (groupBy === 'CLASS') return (c) => [c.class_id, c.class_name];
  if (groupBy === 'CATEGORY') {
    const labels = enumLabels.get('ProjectCategory') ?? {};
    return (c) => [c.category, labels[c.category]?.[0] ?? c.category];
  }
  // The organization directly under the node on the sponsor's path (the node itself for its own projects).
  const areaOf = (c: ClassRow) => {
    if (scope.kind !== 'org') return c.sponsor_path.split('/').filter(Boolean)[0] ?? c.sponsor_id;
    const below = c.sponsor_path.slice(scope.path.length).split('/').filter(Boolean)[0];
    return below ?? scope.nodeId;
  };
  const areaIds = [...new Set(classes.map(areaOf))];
  const names = new Map(
    (
      await em.execute<{ id: string; name: string }[]>('select id, name from organization where id = any(?::uuid[])', [
        uuidArray(areaIds),
      ])
    ).map((o) => [o.id, o.name]),
  );
  return (c) => {
    const id = areaOf(c);
    return [id, names.get(id) ?? ''];
  };
}
