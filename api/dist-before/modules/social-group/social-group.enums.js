"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SocialGroupGrade = exports.RegistrationStatus = exports.SocialGroupKind = void 0;
const enums_1 = require("../../common/enums");
exports.SocialGroupKind = (0, enums_1.defineEnum)('SocialGroupKind', {
    SOCIAL_WORK_CENTER: ['社工服务中心', 'Social work service centre'],
    ASSOCIATION: ['社会团体', 'Association'],
    FOUNDATION: ['基金会', 'Foundation'],
    PRIVATE_NON_ENTERPRISE: ['民办非企业单位', 'Private non-enterprise unit'],
    VOLUNTEER_TEAM: ['志愿服务队', 'Volunteer team'],
    TRAINING_INSTITUTION: ['培训机构', 'Training institution'],
    OTHER: ['其他', 'Other'],
});
exports.RegistrationStatus = (0, enums_1.defineEnum)('RegistrationStatus', {
    REGISTERED: ['已登记', 'Registered'],
    UNREGISTERED: ['未登记', 'Unregistered'],
});
/** The civil-affairs evaluation grade (社会组织评估等级). */
exports.SocialGroupGrade = (0, enums_1.defineEnum)('SocialGroupGrade', {
    A1: ['1A', '1A'],
    A2: ['2A', '2A'],
    A3: ['3A', '3A'],
    A4: ['4A', '4A'],
    A5: ['5A', '5A'],
});
//# sourceMappingURL=social-group.enums.js.map