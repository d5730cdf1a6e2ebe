"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ApprovalDecision = exports.PartnerRole = exports.ProjectStatus = exports.ProjectCategory = void 0;
const enums_1 = require("../../common/enums");
exports.ProjectCategory = (0, enums_1.defineEnum)('ProjectCategory', {
    SUMMER_CARE: ['暑期托管', 'Summer care'],
    CHILDCARE_UNDER_3: ['托育', 'Childcare under 3'],
    AFTER_SCHOOL: ['课后服务', 'After-school service'],
    FAMILY_EDUCATION: ['家庭教育', 'Family education'],
    INTEREST_CLASS: ['兴趣班', 'Interest class'],
    YOUTH_PALACE: ['青少年宫', 'Youth palace'],
    EMPLOYMENT_TRAINING: ['就业技能培训', 'Employment skills training'],
    MENTAL_HEALTH: ['心理健康', 'Mental health'],
    ELDERLY_CARE: ['养老服务', 'Elderly care'],
    LEFT_BEHIND_CHILDREN: ['留守儿童关爱', 'Left-behind children care'],
    SAFETY_TRAINING: ['安全培训', 'Safety training'],
    OTHER: ['其他', 'Other'],
});
exports.ProjectStatus = (0, enums_1.defineEnum)('ProjectStatus', {
    DRAFT: ['草稿', 'Draft'],
    SUBMITTED: ['待审批', 'Submitted'],
    APPROVED: ['已批准', 'Approved'],
    REJECTED: ['已驳回', 'Rejected'],
    ACTIVE: ['进行中', 'Active'],
    COMPLETED: ['已结项', 'Completed'],
    CANCELLED: ['已取消', 'Cancelled'],
});
exports.PartnerRole = (0, enums_1.defineEnum)('PartnerRole', {
    CO_ORGANIZER: ['协办', 'Co-organizer'],
    FUNDER: ['出资', 'Funder'],
    VENUE_PROVIDER: ['场地提供', 'Venue provider'],
    SAFETY_GUARD: ['安全保障', 'Safety guard'],
    ENTERPRISE_SUPPORT: ['企业支持', 'Enterprise support'],
    EXPERT: ['专家指导', 'Expert guidance'],
});
exports.ApprovalDecision = (0, enums_1.defineEnum)('ApprovalDecision', {
    PENDING: ['待审批', 'Pending'],
    APPROVED: ['已同意', 'Approved'],
    REJECTED: ['已驳回', 'Rejected'],
    /** Closed without a decision: the project was cancelled while waiting. */
    WITHDRAWN: ['已撤回', 'Withdrawn'],
});
//# sourceMappingURL=project.enums.js.map