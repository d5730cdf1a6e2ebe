"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEMO_ACCOUNTS = void 0;
exports.buildDemoData = buildDemoData;
exports.loadDemoIfEmpty = loadDemoIfEmpty;
exports.seedDemoIfEmpty = seedDemoIfEmpty;
const argon2_1 = __importDefault(require("argon2"));
const organization_entity_1 = require("../../modules/organization/organization.entity");
const database_1 = require("../database");
const demo_attendance_1 = require("./demo-attendance");
const demo_class_list_1 = require("./demo-class-list");
const demo_classes_1 = require("./demo-classes");
const demo_context_1 = require("./demo-context");
const demo_enrollments_1 = require("./demo-enrollments");
const demo_insert_1 = require("./demo-insert");
const demo_organizations_1 = require("./demo-organizations");
const demo_partnerships_1 = require("./demo-partnerships");
const demo_people_1 = require("./demo-people");
const demo_projects_1 = require("./demo-projects");
const demo_needs_1 = require("./demo-needs");
const demo_service_records_1 = require("./demo-service-records");
const demo_social_groups_1 = require("./demo-social-groups");
const demo_users_1 = require("./demo-users");
Object.defineProperty(exports, "DEMO_ACCOUNTS", { enumerable: true, get: function () { return demo_users_1.DEMO_ACCOUNTS; } });
const demo_venues_1 = require("./demo-venues");
/** Serializes concurrent seeders (two processes starting on one empty database): arbitrary constant. */
const SEED_LOCK = 20_250_714;
/**
 * Builds every demo row in memory, deterministically: the same ids and values on every run and machine
 * (only the AES-GCM IVs of encrypted ID numbers and the argon2 salts differ). Order matters: ids come from
 * one counter.
 */
function buildDemoData(pii, passwordHashes) {
    const ctx = new demo_context_1.DemoContext(pii);
    (0, demo_organizations_1.buildOrganizations)(ctx);
    (0, demo_social_groups_1.buildSocialGroups)(ctx);
    (0, demo_partnerships_1.buildPartnerships)(ctx);
    (0, demo_venues_1.buildVenues)(ctx);
    (0, demo_users_1.buildUsers)(ctx, passwordHashes);
    (0, demo_projects_1.buildProjects)(ctx);
    const classes = (0, demo_classes_1.buildClasses)(ctx, demo_class_list_1.CLASSES);
    const people = (0, demo_people_1.buildPeople)(ctx);
    const enrolments = (0, demo_enrollments_1.buildEnrollments)(ctx, classes, people);
    (0, demo_attendance_1.buildAttendance)(ctx, enrolments);
    (0, demo_attendance_1.buildVerifications)(ctx, classes);
    (0, demo_service_records_1.buildServiceRecords)(ctx, people);
    (0, demo_needs_1.buildNeeds)(ctx, people);
    (0, demo_needs_1.buildEvaluations)(ctx);
    return ctx;
}
async function hashPasswords() {
    const hashes = await Promise.all(demo_users_1.DEMO_ACCOUNTS.map(async (a) => [a.username, await argon2_1.default.hash(demo_users_1.DEMO_PASSWORD, { type: argon2_1.default.argon2id })]));
    return new Map(hashes);
}
/**
 * Loads the demo data when the database has no organization yet, in one transaction (all or nothing), and
 * returns the number of rows per table; null when the database already had data. Logs counts only: never
 * names, ID numbers or phone numbers.
 */
async function loadDemoIfEmpty(orm, pii, logger) {
    const started = Date.now();
    const em = (0, database_1.systemFork)(orm);
    const isEmpty = async (e) => (await e.count(organization_entity_1.Organization, {}, { filters: false })) === 0;
    if (!(await isEmpty(em)))
        return null;
    const ctx = buildDemoData(pii, await hashPasswords());
    const counts = await em.transactional(async (tx) => {
        await tx.execute('select pg_advisory_xact_lock(?)', [SEED_LOCK]);
        if (!(await isEmpty(tx)))
            return null; // another process seeded meanwhile
        return (0, demo_insert_1.insertDemoRows)(tx, ctx);
    });
    if (counts)
        logger.info({ counts, ms: Date.now() - started }, 'demo data loaded');
    return counts;
}
/** Loads the demo data into an empty database; false when there was data already (main.ts). */
async function seedDemoIfEmpty(orm, pii, logger) {
    return (await loadDemoIfEmpty(orm, pii, logger)) !== null;
}
//# sourceMappingURL=demo.js.map