"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
require("reflect-metadata");
const node_path_1 = __importDefault(require("node:path"));
const config_1 = require("../config");
const password_1 = require("../modules/account/password");
const user_entity_1 = require("../modules/account/user.entity");
const database_1 = require("./database");
const embedded_postgres_1 = require("./embedded-postgres");
/**
 * `npm run create-admin -- <username> <password> [display name]`: the first platform admin of a real
 * database (DATABASE_URL), or of the embedded one. Refuses to overwrite an existing user.
 */
async function run(args) {
    const [username, password, displayName = '平台管理员'] = args;
    if (!username || !password) {
        process.stderr.write('usage: npm run create-admin -- <username> <password> [display name]\n');
        return 2;
    }
    if (password.length < 10) {
        process.stderr.write('the password must be at least 10 characters\n');
        return 2;
    }
    const config = (0, config_1.loadConfig)();
    let embedded;
    let url = config.databaseUrl;
    if (!url) {
        embedded = await (0, embedded_postgres_1.startEmbeddedPostgres)({ dataDir: node_path_1.default.join(config.dataDir, 'pg') });
        if (embedded.attachedTo)
            process.stdout.write(`${(0, embedded_postgres_1.attachedNote)(embedded.attachedTo)}\n`);
        url = embedded.urlFor('linli');
    }
    try {
        await (0, database_1.ensureDatabase)(url);
        const orm = await (0, database_1.initOrm)(url);
        try {
            await (0, database_1.migrate)(orm);
            const em = (0, database_1.systemFork)(orm);
            if (await em.count(user_entity_1.User, { username })) {
                process.stderr.write(`a user named ${username} already exists\n`);
                return 1;
            }
            em.create(user_entity_1.User, { username, displayName, role: 'PLATFORM_ADMIN', passwordHash: await (0, password_1.hashPassword)(password) });
            await em.flush();
            process.stdout.write(`created platform admin ${username}\n`);
            return 0;
        }
        finally {
            await orm.close(true);
        }
    }
    finally {
        await embedded?.stop();
    }
}
run(process.argv.slice(2)).then((code) => process.exit(code), (e) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
});
//# sourceMappingURL=create-admin-cli.js.map