"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Migration20261208080000_need_created_at = void 0;
const migrations_1 = require("@mikro-orm/migrations");
/**
 * need_request by creation time, with the columns the report reads: the needs raised in a period's edge days
 * (report.queries.ts needs) were a scan of every need (20,000 on the benchmark's dataset) and are now one
 * index-only range per edge.
 */
class Migration20261208080000_need_created_at extends migrations_1.Migration {
    async up() {
        this.addSql(`create index "need_request_created_at_index" on "need_request" ("created_at") include ("raised_by_id", "category", "status", "deleted_at", "matched_project_id");`);
    }
    async down() {
        this.addSql(`drop index "need_request_created_at_index";`);
    }
}
exports.Migration20261208080000_need_created_at = Migration20261208080000_need_created_at;
//# sourceMappingURL=Migration20261208080000_need_created_at.js.map