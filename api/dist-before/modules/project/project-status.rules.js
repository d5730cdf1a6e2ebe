"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.APPROVAL_DUE_DAYS = exports.statusLabel = exports.canMove = exports.PROJECT_MOVES = void 0;
exports.illegalMove = illegalMove;
exports.assertMove = assertMove;
exports.chinaToday = chinaToday;
exports.addDays = addDays;
const enums_1 = require("../../common/enums");
const errors_1 = require("../../graphql/errors");
const project_enums_1 = require("./project.enums");
/**
 * The project lifecycle (项目状态流转), the one table the services obey:
 *
 *   DRAFT → SUBMITTED → APPROVED → ACTIVE → COMPLETED
 *               ↓
 *           REJECTED → DRAFT (revise, then submit again)
 *   and CANCELLED from any state but COMPLETED and CANCELLED.
 *
 * The database refuses every other change of `service_project.status` by itself (the trigger
 * `service_project_status_transition` of the lifecycle migration holds the same list), so a direct
 * SQL update cannot skip approval either. A test compares the two over all 49 pairs.
 */
exports.PROJECT_MOVES = {
    DRAFT: [project_enums_1.ProjectStatus.SUBMITTED, project_enums_1.ProjectStatus.CANCELLED],
    SUBMITTED: [project_enums_1.ProjectStatus.APPROVED, project_enums_1.ProjectStatus.REJECTED, project_enums_1.ProjectStatus.CANCELLED],
    APPROVED: [project_enums_1.ProjectStatus.ACTIVE, project_enums_1.ProjectStatus.CANCELLED],
    REJECTED: [project_enums_1.ProjectStatus.DRAFT, project_enums_1.ProjectStatus.CANCELLED],
    ACTIVE: [project_enums_1.ProjectStatus.COMPLETED, project_enums_1.ProjectStatus.CANCELLED],
    COMPLETED: [],
    CANCELLED: [],
};
const canMove = (from, to) => exports.PROJECT_MOVES[from].includes(to);
exports.canMove = canMove;
/** The Chinese label of a status (草稿, 待审批 …), as the console shows it. */
const statusLabel = (s) => enums_1.enumLabels.get('ProjectStatus')?.[s]?.[0] ?? s;
exports.statusLabel = statusLabel;
/** What each action is called in messages, by the status it leads to. */
const ACTION = {
    DRAFT: '退回修改',
    SUBMITTED: '提交审批',
    APPROVED: '批准',
    REJECTED: '驳回',
    ACTIVE: '启动实施',
    COMPLETED: '结项',
    CANCELLED: '取消',
};
/**
 * An illegal move is a CONFLICT (the request is well formed; the project's state does not allow it),
 * like withdrawing an enrolment twice. `extensions.status` and `allowed` let a client explain it.
 */
function illegalMove(from, to) {
    const allowed = exports.PROJECT_MOVES[from];
    const hint = allowed.length
        ? `当前只能${allowed.map((s) => `“${ACTION[s]}”`).join('或')}`
        : '该状态为终态，不能再变更';
    return (0, errors_1.conflict)(`项目当前状态为“${(0, exports.statusLabel)(from)}”，不能${ACTION[to]}；${hint}`, {
        status: from,
        requested: to,
        allowed,
    });
}
function assertMove(from, to) {
    if (!(0, exports.canMove)(from, to))
        throw illegalMove(from, to);
}
/**
 * Days the approver organization has to decide, counted from the day of submission (China time).
 * A week: the unions' practice is to answer a lower level's request within five working days, and
 * seven calendar days always contain five working days (outside the long public holidays).
 */
exports.APPROVAL_DUE_DAYS = 7;
/** Today's date in China (UTC+8 all year, no daylight saving), as 'YYYY-MM-DD'. */
function chinaToday(now = new Date()) {
    return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
function addDays(date, days) {
    return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
//# sourceMappingURL=project-status.rules.js.map