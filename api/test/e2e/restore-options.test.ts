import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * `npm run restore`'s point-in-time options are checked before anything is written (docs/operations.md):
 * the command exits 1, says why and that nothing was restored, and leaves the data folder empty. The
 * recovery itself is tried end to end by `npm run bench:pitr` (it needs a server archiving its WAL).
 */
const run = promisify(execFile);
const API = path.resolve(__dirname, '../..');

async function restore(args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', 'src/db/backup-cli.ts', 'restore', ...args],
      { cwd: API, env: { ...process.env, DATABASE_URL: '', INIT_CWD: API } },
    );
    return { code: 0, out: stdout };
  } catch (e) {
    const failed = e as { code: number; stdout: string };
    return { code: failed.code, out: failed.stdout };
  }
}

describe('restore with --wal-archive / --until', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-restore-options-'));
  const archive = path.join(root, 'archive');
  fs.mkdirSync(archive);
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it.each([
    [['--until', '2026-07-06T09:30:00+08:00'], '--until needs --wal-archive'],
    [['--wal-archive', path.join(root, 'missing')], 'is not a folder'],
    [['--wal-archive', archive, '--until', 'yesterday'], 'is not a time with its zone'],
    [['--wal-archive', archive, '--until', '2026-07-06 09:30'], 'is not a time with its zone'],
  ])('%j is refused before anything is written', async (options, reason) => {
    const target = path.join(root, `target-${Math.random().toString(36).slice(2)}`);
    const { code, out } = await restore([path.join(root, 'no-backup'), target, ...options]);
    expect(code).toBe(1);
    expect(out).toContain(reason);
    expect(out).toContain('nothing was restored');
    expect(fs.existsSync(path.join(target, 'pg'))).toBe(false);
  });
});
