import type { Context } from '../../graphql/context';
import { badInput } from '../../common/errors';
import { isUuid } from '../../common/crud/paging';

/** The steps of a long piece of work, in order; DONE and FAILED end it. */
export type WorkPhase = 'CHECKING' | 'REGISTERING' | 'ENROLLING' | 'COMMITTING' | 'DONE' | 'FAILED';

export interface ProgressReporter {
  /** Records the phase and how far the whole work is (0–100); at most every 200 ms unless the phase changes. */
  step(phase: WorkPhase, percent: number): Promise<void>;
  /** Records DONE or FAILED. */
  finish(ok: boolean): Promise<void>;
}

const NONE: ProgressReporter = { step: async () => {}, finish: async () => {} };
const EVERY_MS = 200;
/** Rows older than this are forgotten when new work starts. */
const KEEP = `interval '1 day'`;

const owner = (ctx: Pick<Context, 'principal'>) => ctx.principal?.apiKeyId ?? ctx.principal?.userId ?? null;

/**
 * Progress of work under the client's key (null: the client does not ask, nothing is written). Every write is
 * its own statement on a connection of its own (ctx.systemEm() is outside the work's transaction), so a poll
 * sees it at once and a rollback does not take it back. A failure to record progress never fails the work.
 */
export async function progressReporter(
  ctx: Pick<Context, 'principal' | 'systemEm' | 'logger' | 'requestId'>,
  kind: string,
  key: string | null | undefined,
  rows: number,
): Promise<ProgressReporter> {
  if (key == null) return NONE;
  if (!isUuid(key)) throw badInput({ progressKey: '进度标识须为 UUID' });
  const userId = owner(ctx);
  if (!userId) return NONE;
  const em = ctx.systemEm();
  let last = { phase: '', percent: 0, at: 0 };
  const write = async (phase: WorkPhase, percent: number) => {
    last = { phase, percent: Math.max(0, Math.min(100, Math.round(percent))), at: Date.now() };
    try {
      await em.execute(`update work_progress set phase = ?, percent = ?, updated_at = now() where key = ?`, [
        phase,
        last.percent,
        key,
      ]);
    } catch (e) {
      ctx.logger.warn({ err: (e as Error).message }, 'progress not recorded');
    }
  };
  await em.execute(`delete from work_progress where updated_at < now() - ${KEEP}`);
  const taken = await em.execute<{ key: string }[]>(
    `insert into work_progress (key, user_id, kind, phase, percent, rows) values (?, ?, ?, 'CHECKING', 0, ?)
     on conflict (key) do nothing returning key`,
    [key, userId, kind, rows],
  );
  if (!taken.length) throw badInput({ progressKey: '该进度标识已被使用，请换一个' });
  return {
    step: async (phase, percent) => {
      if (phase === last.phase && Date.now() - last.at < EVERY_MS) return;
      await write(phase, percent);
    },
    finish: (ok) => write(ok ? 'DONE' : 'FAILED', ok ? 100 : last.percent),
  };
}

export interface ProgressRow {
  kind: string;
  phase: WorkPhase;
  percent: number;
  rows: number;
  updated_at: Date;
}

/** The caller's own work under `key`; null for anyone else's or an unknown key. */
export async function readProgress(
  ctx: Pick<Context, 'principal' | 'systemEm'>,
  key: string,
): Promise<ProgressRow | null> {
  const userId = owner(ctx);
  if (!userId || !isUuid(key)) return null;
  const [row] = await ctx
    .systemEm()
    .execute<ProgressRow[]>(
      `select kind, phase, percent, rows, updated_at from work_progress where key = ? and user_id = ?`,
      [key, userId],
    );
  return row ?? null;
}
