import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../common/crud/scalars';
import { Evaluation } from './evaluation.entity';

/**
 * Evaluation figures (评估) of a project, or of a social group over the projects it operates. Only
 * evaluations the caller may see count: the query is the Evaluation scope filter's (applyFilters).
 */
@ObjectType('EvaluationSummary', { description: '评估汇总: over the evaluations the caller may see' })
export class EvaluationSummary {
  @Field(() => Int, { description: 'Number of evaluations (评估次数)' })
  count!: number;
  @Field(() => Float, { nullable: true, description: 'Mean score 0–100, to one decimal; null when none' })
  averageScore!: number | null;
  @Field(() => Int, { nullable: true, description: 'Mean satisfaction in basis points, rounded down' })
  averageSatisfactionBp!: number | null;
  @Field(() => LocalDate, { nullable: true })
  lastEvaluatedOn!: string | null;
}

type Row = { key: string; n: number; avg: number | null; sat: number | null; last: string | null };

async function summaries(em: EntityManager, by: 'p.operator_id' | 'e.project_id', ids: readonly string[]) {
  const qb = em
    .createQueryBuilder(Evaluation, 'e')
    .join('e.project', 'p')
    .select([
      raw(`${by} as key`),
      raw('count(*)::int as n'),
      raw('round(avg(e.score), 1)::float as avg'),
      raw('floor(avg(e.satisfaction_bp))::int as sat'),
      raw(`to_char(max(e.evaluated_on), 'YYYY-MM-DD') as last`),
    ] as never)
    .where({ [by === 'p.operator_id' ? 'p.operator' : 'e.project']: { $in: [...ids] } } as never)
    .groupBy(raw<never>(by));
  await qb.applyFilters();
  const rows = await qb.execute<Row[]>('all', false);
  const byKey = new Map(rows.map((r) => [String(r.key), r]));
  return ids.map((id): EvaluationSummary => {
    const r = byKey.get(id);
    return {
      count: r?.n ?? 0,
      averageScore: r?.avg ?? null,
      averageSatisfactionBp: r?.sat ?? null,
      lastEvaluatedOn: r?.last ?? null,
    };
  });
}

export const groupEvaluationSummaries = (em: EntityManager, groupIds: readonly string[]) =>
  summaries(em, 'p.operator_id', groupIds);
export const projectEvaluationSummaries = (em: EntityManager, projectIds: readonly string[]) =>
  summaries(em, 'e.project_id', projectIds);
