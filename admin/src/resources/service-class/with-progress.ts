import type { AppDataProvider, WorkProgress } from '../../data/data-provider';

const POLL_MS = 400;

/** A random UUID (v4); crypto.randomUUID exists only on https or localhost, getRandomValues everywhere. */
export function newProgressKey(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * Runs long work under a fresh progress key and polls the server's record of it (workProgress) until the work
 * answers, handing each new state to `onProgress`. A failed poll is skipped: the work's own answer decides.
 */
export async function withProgress<T>(
  dataProvider: AppDataProvider,
  work: (progressKey: string) => Promise<T>,
  onProgress: (p: WorkProgress) => void,
): Promise<T> {
  const key = newProgressKey();
  let running = true;
  const poll = async () => {
    while (running) {
      await new Promise((r) => setTimeout(r, POLL_MS));
      const p = running ? await dataProvider.workProgress(key).catch(() => null) : null;
      if (p && running) onProgress(p);
    }
  };
  void poll();
  try {
    return await work(key);
  } finally {
    running = false;
  }
}
