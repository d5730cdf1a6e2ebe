import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { RoundNoticeClassType } from './round.types';

/**
 * What staff read of a round over several classes beside its record (docs/lottery.md "Several classes"):
 * the round's classes with their labels, and each application's choices by label. Keyed only by rounds and
 * applications the caller has already been shown (the loaders' rule), so no scope is added here.
 */
@ObjectType('RoundClassInfo', { description: 'A class drawn in the round: A for its first class, B, C … for more' })
export class RoundClassInfo extends RoundNoticeClassType {
  @Field(() => ID)
  classId!: string;
}

/** A uuid[] literal: knex would spread a JS array into a list of parameters. */
const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

interface ClassRow {
  round_id: string;
  label: string;
  class_id: string;
  class_name: string;
  places: number;
  places_drawn: number | null;
}

async function classRows(em: EntityManager, roundIds: readonly string[]): Promise<ClassRow[]> {
  return em.execute<ClassRow[]>(
    `select rc.round_id, rc.label, rc.class_id, c.name as class_name, rc.places, rc.places_drawn
       from round_class rc join service_class c on c.id = rc.class_id
      where rc.round_id = any(?::uuid[]) order by rc.round_id, rc.label`,
    [uuidArray(roundIds)],
  );
}

/** The classes of each round, A first. */
export async function roundClassInfos(em: EntityManager, roundIds: readonly string[]): Promise<RoundClassInfo[][]> {
  const byRound = new Map<string, RoundClassInfo[]>();
  for (const r of await classRows(em, roundIds)) {
    const list = byRound.get(r.round_id) ?? [];
    list.push({
      label: r.label,
      classId: r.class_id,
      className: r.class_name,
      places: r.places,
      placesDrawn: r.places_drawn,
    });
    byRound.set(r.round_id, list);
  }
  return roundIds.map((id) => byRound.get(id) ?? []);
}

/** Each application's choices as its round's labels, first choice first; null in a round on one class. */
export async function applicationChoices(em: EntityManager, ids: readonly string[]): Promise<(string[] | null)[]> {
  const apps = await em.execute<{ id: string; round_id: string; preferences: string[] }[]>(
    'select id, round_id, preferences from application where id = any(?::uuid[])',
    [uuidArray(ids)],
  );
  const rounds = new Map<string, Map<string, string>>();
  for (const r of await classRows(em, [...new Set(apps.map((a) => a.round_id))])) {
    const labels = rounds.get(r.round_id) ?? new Map<string, string>();
    labels.set(r.class_id, r.label);
    rounds.set(r.round_id, labels);
  }
  const byId = new Map(
    apps.map((a) => {
      const labels = rounds.get(a.round_id);
      if (!labels || labels.size < 2) return [a.id, null];
      return [a.id, (a.preferences ?? []).map((c) => labels.get(c) ?? '?')];
    }),
  );
  return ids.map((id) => byId.get(id) ?? null);
}

/** The rounds that draw a class, as their first class or one more: ids only, the caller's filter reads them. */
export async function roundIdsOfClass(em: EntityManager, classId: string): Promise<string[]> {
  const rows = await em.execute<{ round_id: string }[]>('select round_id from round_class where class_id = ?', [
    classId,
  ]);
  return rows.map((r) => r.round_id);
}
