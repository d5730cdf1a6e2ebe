import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The commit-msg hook (.githooks/, installed by `npm install`): what it lets through and what it refuses. */
const script = path.resolve(__dirname, '../../../.githooks/check-commit-message.mjs');

function check(message: string): { ok: boolean; said: string } {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'msg-')), 'COMMIT_EDITMSG');
  fs.writeFileSync(file, message);
  const run = spawnSync(process.execPath, [script, file], { encoding: 'utf8' });
  return { ok: run.status === 0, said: run.stderr };
}

describe('commit messages', () => {
  it('takes a short subject with a body, comments and trailing blank lines ignored', () => {
    expect(check('Lists export all rows streamed by the API\n\nWhy, and the figures.\n\n# a comment\n').ok).toBe(true);
    expect(check('Merge branch main\n').ok).toBe(true);
    expect(check(`${'导'.repeat(72)}\n\nBody.\n`).ok).toBe(true); // characters, not bytes
  });

  it('refuses a long subject, "wip", a missing body or a missing blank line, saying why', () => {
    expect(check(`${'x'.repeat(73)}\n\nBody.\n`)).toEqual({
      ok: false,
      said: expect.stringContaining('73 characters'),
    });
    expect(check('wip\n\nstill going\n')).toEqual({ ok: false, said: expect.stringContaining('"wip"') });
    expect(check('WIP: roster\n\nBody.\n').ok).toBe(false);
    expect(check('Fix the roster import\n')).toEqual({ ok: false, said: expect.stringContaining('a body is needed') });
    expect(check('Fix the roster import\nBody at once.\n').said).toContain('second line must be blank');
    expect(check('\n\n').said).toContain('subject line is empty');
  });
});
