"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
require("reflect-metadata");
const node_fs_1 = __importDefault(require("node:fs"));
const node_os_1 = __importDefault(require("node:os"));
const node_path_1 = __importDefault(require("node:path"));
const config_1 = require("../config");
const database_1 = require("./database");
const migrations_index_1 = require("./migrations-index");
const embedded_postgres_1 = require("./embedded-postgres");
/**
 * `up`: apply pending migrations to DATABASE_URL or the embedded database.
 * `create [name]`: diff the entities against a scratch database migrated to the latest migration
 *   and write a new migration for the difference.
 * `check`: fail (exit 1) when the entities and the migrations disagree (CI runs this).
 */
async function run(command, name) {
    const config = (0, config_1.loadConfig)();
    let embedded;
    let scratch;
    let url = config.databaseUrl;
    if (command === 'up' && !url) {
        embedded = await (0, embedded_postgres_1.startEmbeddedPostgres)({ dataDir: node_path_1.default.join(config.dataDir, 'pg') });
        if (embedded.attachedTo)
            process.stdout.write(`${(0, embedded_postgres_1.attachedNote)(embedded.attachedTo)}\n`);
        url = embedded.urlFor('linli');
    }
    else if (command !== 'up') {
        // create/check always use a throw-away database so that nothing real is touched.
        scratch = node_fs_1.default.mkdtempSync(node_path_1.default.join(node_os_1.default.tmpdir(), 'linli-migrations-'));
        embedded = await (0, embedded_postgres_1.startEmbeddedPostgres)({ dataDir: node_path_1.default.join(scratch, 'pg') });
        url = embedded.urlFor('scratch');
    }
    try {
        await (0, database_1.ensureDatabase)(url);
        const orm = await (0, database_1.initOrm)(url, { preferTs: true });
        try {
            const applied = await (0, database_1.migrate)(orm);
            if (command === 'up') {
                process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'no pending migrations\n');
                return 0;
            }
            const migrator = orm.getMigrator();
            if (command === 'check') {
                if (node_fs_1.default.readFileSync((0, migrations_index_1.migrationsIndexFile)(), 'utf8') !== (0, migrations_index_1.renderMigrationsIndex)()) {
                    process.stderr.write('src/db/migrations/index.ts does not list every migration; run npm run migration:create\n');
                    return 1;
                }
                const diff = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, safe: false });
                if (diff.trim()) {
                    process.stderr.write(`migrations are behind the entities; run npm run migration:create\n${diff}\n`);
                    return 1;
                }
                process.stdout.write('migrations match the entities\n');
                return 0;
            }
            const result = await migrator.createMigration(undefined, false, false, name);
            node_fs_1.default.writeFileSync((0, migrations_index_1.migrationsIndexFile)(), (0, migrations_index_1.renderMigrationsIndex)());
            process.stdout.write(result.fileName ? `created ${result.fileName}\n` : 'no changes\n');
            return 0;
        }
        finally {
            await orm.close(true);
        }
    }
    finally {
        await embedded?.stop();
        if (scratch)
            node_fs_1.default.rmSync(scratch, { recursive: true, force: true });
    }
}
run(process.argv[2] ?? 'up', process.argv[3]).then((code) => process.exit(code), (e) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
});
//# sourceMappingURL=migration-cli.js.map