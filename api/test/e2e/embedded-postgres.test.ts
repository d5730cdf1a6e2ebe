import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';

/**
 * `npm run seed` / `migrate` / `create-admin` while `npm start` runs share `.data/pg` with the server:
 * they must use the running PostgreSQL and leave it running. Only a server whose starter was killed (an
 * orphan) is stopped and replaced. The "server" here is a real second process.
 */
const apiDir = path.resolve(__dirname, '../..');

async function selectOne(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ one: number }>('select 1 as one');
    return rows[0].one;
  } finally {
    await client.end();
  }
}

interface Started {
  child: ChildProcess;
  port: number;
  attachedTo: number | null;
}

/**
 * Starts the embedded server in a child node process (as `npm start` would; jest itself cannot load the
 * ESM package); resolves once it is up. SIGTERM stops it cleanly.
 */
function startOwner(dataDir: string): Promise<Started> {
  const script = `require('./src/db/embedded-postgres').startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)},
      onSupervise: (e) => console.log('SUPERVISE=' + JSON.stringify(e)) })
    .then((db) => {
      console.log('READY=' + JSON.stringify({ port: db.port, attachedTo: db.attachedTo ?? null }));
      process.on('SIGTERM', () => db.stop().then(() => process.exit(0)));
    }, (e) => { console.error(e); process.exit(1); });
    setInterval(() => undefined, 1000);`;
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], {
    cwd: apiDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /READY=(.*)\n/.exec(out);
      if (m) resolve({ child, ...(JSON.parse(m[1]) as { port: number; attachedTo: number | null }) });
    });
    child.on('exit', (code) => reject(new Error(`owner exited with ${code}`)));
  });
}

const postmasterPid = (dataDir: string) =>
  Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('embedded PostgreSQL shared by the server and the command-line tools', () => {
  let root: string;
  let owner: ChildProcess | undefined;

  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-embedded-'));
    fs.chmodSync(root, 0o755);
  });
  afterAll(() => {
    if (owner && owner.exitCode === null) owner.kill('SIGKILL');
    try {
      const pid = postmasterPid(path.join(root, 'pg'));
      if (isAlive(pid)) process.kill(pid, 'SIGINT');
    } catch {
      // nothing left running
    }
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('uses the running server of a live process and leaves it running; replaces an orphan', async () => {
    const dataDir = path.join(root, 'pg');
    const started = await startOwner(dataDir);
    owner = started.child;
    expect(started.attachedTo).toBeNull();
    const serverPid = postmasterPid(dataDir);

    // A second process (this one) while the owner lives: same server, and stop() leaves it alone.
    const shared = await startEmbeddedPostgres({ dataDir });
    expect(shared.attachedTo).toBe(owner.pid);
    expect(shared.port).toBe(started.port);
    expect(await selectOne(shared.adminUrl)).toBe(1);
    await shared.stop();
    expect(isAlive(serverPid)).toBe(true);
    expect(await selectOne(`postgres://postgres:linli@127.0.0.1:${started.port}/postgres`)).toBe(1);

    // The owner is killed without stopping its server: that server is now an orphan and is replaced.
    const exited = new Promise((resolve) => owner!.once('exit', resolve));
    owner.kill('SIGKILL');
    await exited;
    expect(isAlive(serverPid)).toBe(true);
    const next = await startOwner(dataDir);
    owner = next.child;
    expect(next.attachedTo).toBeNull();
    expect(isAlive(serverPid)).toBe(false);
    expect(postmasterPid(dataDir)).not.toBe(serverPid);
    expect(await selectOne(`postgres://postgres:linli@127.0.0.1:${next.port}/postgres`)).toBe(1);

    // A clean stop removes the owner record, so the next start owns the server itself.
    const stopped = new Promise((resolve) => owner!.once('exit', resolve));
    owner.kill('SIGTERM');
    await stopped;
    expect(fs.existsSync(`${dataDir}.owner.json`)).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
  }, 120_000);

  it('restarts a server that dies (killed), with back-off, on the same port and data', async () => {
    const dataDir = path.join(root, 'supervised');
    const started = await startOwner(dataDir);
    owner = started.child;
    const url = `postgres://postgres:linli@127.0.0.1:${started.port}/postgres`;
    expect(await selectOne(url)).toBe(1);
    let out = '';
    owner.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const first = postmasterPid(dataDir);
    process.kill(first, 'SIGKILL');
    const deadline = Date.now() + 90_000;
    while (!out.includes('"state":"restarted"') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(out).toContain('"state":"died"');
    expect(out).toContain('"state":"restarted"');
    expect(postmasterPid(dataDir)).not.toBe(first);
    expect(await selectOne(url)).toBe(1);
    const stopped = new Promise((resolve) => owner!.once('exit', resolve));
    owner.kill('SIGTERM');
    await stopped;
    expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
  }, 120_000);
});
