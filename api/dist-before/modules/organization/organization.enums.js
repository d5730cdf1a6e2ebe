"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OrganizationLevel = exports.OrganizationKind = void 0;
const enums_1 = require("../../common/enums");
exports.OrganizationKind = (0, enums_1.defineEnum)('OrganizationKind', {
    UNION: ['工会', 'Trade union'],
    WOMENS_FEDERATION: ['妇联', "Women's federation"],
    PARTY_COMMITTEE: ['党委', 'Party committee'],
    GOVERNMENT_AGENCY: ['政府部门', 'Government agency'],
    STREET_OFFICE: ['街道办事处', 'Street office'],
    COMMUNITY: ['社区', 'Community'],
    VILLAGE: ['村', 'Village'],
    ENTERPRISE: ['企业', 'Enterprise'],
    SCHOOL: ['学校', 'School'],
    YOUTH_LEAGUE: ['团委', 'Youth league'],
    OTHER: ['其他', 'Other'],
});
exports.OrganizationLevel = (0, enums_1.defineEnum)('OrganizationLevel', {
    PROVINCE: ['省级', 'Province'],
    CITY: ['市级', 'City'],
    DISTRICT: ['区县级', 'District'],
    STREET: ['街道乡镇级', 'Street'],
    COMMUNITY: ['社区村级', 'Community'],
    GRASSROOTS: ['基层', 'Grassroots'],
});
//# sourceMappingURL=organization.enums.js.map