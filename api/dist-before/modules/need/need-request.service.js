"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.moveNeedRequest = moveNeedRequest;
const postgresql_1 = require("@mikro-orm/postgresql");
const paging_1 = require("../../common/crud/paging");
const access_1 = require("../../common/scope/access");
const errors_1 = require("../../graphql/errors");
const audit_service_1 = require("../audit/audit.service");
const project_enums_1 = require("../project/project.enums");
const service_project_entity_1 = require("../project/service-project.entity");
const need_enums_1 = require("./need.enums");
const need_request_entity_1 = require("./need-request.entity");
const need_request_resource_1 = require("./need-request.resource");
const MOVES = {
    match: { from: [need_enums_1.NeedStatus.OPEN, need_enums_1.NeedStatus.MATCHED], to: need_enums_1.NeedStatus.MATCHED, label: '匹配项目' },
    start: { from: [need_enums_1.NeedStatus.MATCHED], to: need_enums_1.NeedStatus.IN_PROGRESS, label: '开始服务' },
    fulfill: { from: [need_enums_1.NeedStatus.IN_PROGRESS], to: need_enums_1.NeedStatus.FULFILLED, label: '确认已满足' },
    close: {
        from: [need_enums_1.NeedStatus.OPEN, need_enums_1.NeedStatus.MATCHED, need_enums_1.NeedStatus.IN_PROGRESS],
        to: need_enums_1.NeedStatus.CLOSED,
        label: '关闭',
    },
};
/** Projects a need can still be matched to. */
const MATCHABLE = [
    project_enums_1.ProjectStatus.DRAFT,
    project_enums_1.ProjectStatus.SUBMITTED,
    project_enums_1.ProjectStatus.APPROVED,
    project_enums_1.ProjectStatus.ACTIVE,
];
const STATUS_ZH = {
    OPEN: '待匹配',
    MATCHED: '已匹配',
    IN_PROGRESS: '服务中',
    FULFILLED: '已满足',
    CLOSED: '已关闭',
};
const spec = need_request_resource_1.needRequestResource;
async function moveNeedRequest(ctx, id, action, args = {}) {
    (0, access_1.assertCanWrite)(ctx, spec);
    const move = MOVES[action];
    const note = args.note?.trim() || null;
    if (action === 'close' && !note)
        throw (0, errors_1.badInput)({ note: '关闭需求须说明原因' });
    if (!(0, paging_1.isUuid)(id))
        throw (0, errors_1.notFound)('NeedRequest', id);
    return ctx.em.transactional(async (tx) => {
        const need = await tx.findOne(need_request_entity_1.NeedRequest, { id }, { lockMode: postgresql_1.LockMode.PESSIMISTIC_WRITE, refresh: true });
        if (!need)
            throw (0, errors_1.notFound)('NeedRequest', id);
        if (args.expectedVersion != null && need.version !== args.expectedVersion)
            throw (0, errors_1.conflict)();
        if (!move.from.includes(need.status)) {
            throw (0, errors_1.conflict)(`需求当前为“${STATUS_ZH[need.status]}”，不能${move.label}`, { status: need.status });
        }
        const fields = ['status'];
        if (action === 'match') {
            const project = (0, paging_1.isUuid)(args.projectId) ? await tx.findOne(service_project_entity_1.ServiceProject, { id: args.projectId }) : null;
            if (!project)
                throw (0, errors_1.badInput)({ projectId: '项目不存在' });
            if (!MATCHABLE.includes(project.status))
                throw (0, errors_1.badInput)({ projectId: '项目已结项或已取消，不能再承接需求' });
            if (need.matchedProject?.id === project.id)
                throw (0, errors_1.conflict)('需求已匹配到该项目');
            need.matchedProject = project;
            need.matchedAt = new Date();
            fields.push('matchedProjectId', 'matchedAt');
        }
        if (action === 'fulfill' || action === 'close') {
            need.resolvedAt = new Date();
            need.resolutionNote = note;
            fields.push('resolvedAt', 'resolutionNote');
        }
        need.status = move.to;
        (0, audit_service_1.recordAudit)(tx, ctx, { action: `${action}Need`, entityType: 'NeedRequest', entityId: need.id, fields });
        await tx.flush();
        return need;
    });
}
//# sourceMappingURL=need-request.service.js.map