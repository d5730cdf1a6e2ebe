"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildLinliSchema = buildLinliSchema;
require("reflect-metadata");
const type_graphql_1 = require("type-graphql");
const crud_resolver_1 = require("../common/crud/crud-resolver");
const filters_1 = require("../common/crud/filters");
const inputs_1 = require("../common/crud/inputs");
const object_type_1 = require("../common/crud/object-type");
const order_1 = require("../common/crud/order");
const registry_1 = require("../common/crud/registry");
const resources_1 = require("../modules/resources");
const account_admin_resolver_1 = require("../modules/account/account-admin.resolver");
const auth_resolver_1 = require("../modules/account/auth.resolver");
const reveal_resolver_1 = require("../modules/beneficiary/reveal.resolver");
const enrollment_resolver_1 = require("../modules/enrollment/enrollment.resolver");
const roster_resolver_1 = require("../modules/roster/roster.resolver");
const class_session_resolver_1 = require("../modules/class/class-session.resolver");
const project_lifecycle_resolver_1 = require("../modules/project/project-lifecycle.resolver");
const attendance_resolver_1 = require("../modules/attendance/attendance.resolver");
const need_request_resolver_1 = require("../modules/need/need-request.resolver");
const settlement_resolver_1 = require("../modules/settlement/settlement.resolver");
const evaluation_summary_resolver_1 = require("../modules/evaluation/evaluation-summary.resolver");
const attendance_summary_resolver_1 = require("../modules/attendance/attendance-summary.resolver");
const report_resolver_1 = require("../modules/report/report.resolver");
const admin_meta_resolver_1 = require("./admin-meta.resolver");
const health_resolver_1 = require("./health.resolver");
const validate_args_1 = require("./validate-args");
let schema;
/** The whole API: generated CRUD for every resource plus the hand-written domain resolvers. */
function buildLinliSchema() {
    if (schema)
        return schema;
    (0, registry_1.registerResources)(resources_1.resources);
    // type-graphql collects classes before resolving type thunks: create every generated class first.
    for (const spec of (0, registry_1.allResources)()) {
        (0, object_type_1.objectTypeOf)(spec);
        (0, object_type_1.connectionTypesOf)(spec);
        (0, filters_1.whereTypeOf)(spec.name);
        (0, order_1.orderTypeOf)(spec);
        const ops = { create: true, update: true, ...spec.operations };
        if (ops.create)
            (0, inputs_1.createInputOf)(spec);
        if (ops.update)
            (0, inputs_1.updateInputOf)(spec);
    }
    const crud = (0, registry_1.allResources)().flatMap((spec) => [(0, crud_resolver_1.createCrudResolver)(spec), (0, crud_resolver_1.createConnectionResolver)(spec)]);
    schema = (0, type_graphql_1.buildSchemaSync)({
        resolvers: [
            health_resolver_1.HealthResolver,
            auth_resolver_1.AuthResolver,
            admin_meta_resolver_1.AdminMetaResolver,
            reveal_resolver_1.RevealResolver,
            enrollment_resolver_1.EnrollmentResolver,
            roster_resolver_1.RosterResolver,
            project_lifecycle_resolver_1.ProjectLifecycleResolver,
            class_session_resolver_1.ClassSessionResolver,
            attendance_resolver_1.AttendanceResolver,
            attendance_summary_resolver_1.EnrollmentAttendanceResolver,
            attendance_summary_resolver_1.ClassAttendanceResolver,
            need_request_resolver_1.NeedRequestResolver,
            settlement_resolver_1.SettlementResolver,
            evaluation_summary_resolver_1.SocialGroupEvaluationResolver,
            evaluation_summary_resolver_1.ProjectEvaluationResolver,
            report_resolver_1.ReportResolver,
            (0, account_admin_resolver_1.createAccountAdminResolver)(),
            ...crud,
        ],
        validateFn: validate_args_1.validateArgs,
        emitSchemaFile: false,
    });
    return schema;
}
//# sourceMappingURL=schema.js.map