import { AppError } from '../../common/errors';

/** The longest a write waits here for its class's turn before it answers SERVICE_BUSY. */
export const CLASS_TURN_WAIT_MS = 30_000;

/** Per class: the promise the next write waits for. */
const tails = new Map<string, Promise<void>>();

/**
 * Writes that take a class's row lock (enroll, withdraw, a roster import) wait for their turn here, in this
 * process, before they take a database connection: 200 requests rushing one class then hold one pooled
 * connection between them, not the whole pool, and other users' requests are not starved. The row lock
 * stays the rule (it orders writes of several API processes); this only keeps the waiting out of the pool.
 * A turn not come within CLASS_TURN_WAIT_MS answers SERVICE_BUSY (retryable) and writes nothing.
 */
export async function inClassTurn<T>(classId: string, work: () => Promise<T>): Promise<T> {
  const before = tails.get(classId) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((resolve) => (release = resolve));
  const tail = before.then(() => mine);
  tails.set(classId, tail);
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      before,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new AppError('SERVICE_BUSY', '该班级正在处理其他报名，请稍后重试（本次未保存任何内容）', {
                retryable: true,
              }),
            ),
          CLASS_TURN_WAIT_MS,
        );
      }),
    ]);
    return await work();
  } finally {
    clearTimeout(timer);
    release();
    if (tails.get(classId) === tail) tails.delete(classId);
  }
}
