"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VenueKind = void 0;
const enums_1 = require("../../common/enums");
exports.VenueKind = (0, enums_1.defineEnum)('VenueKind', {
    SCHOOL_CAMPUS: ['校区', 'School campus'],
    COMMUNITY_CENTER: ['社区服务中心', 'Community centre'],
    SHARED_SPACE: ['共享阵地', 'Shared space'],
    VILLAGE_OFFICE: ['村委会', 'Village office'],
    ENTERPRISE_SITE: ['企业场所', 'Enterprise site'],
    OUTDOOR_BASE: ['户外基地', 'Outdoor base'],
    OTHER: ['其他', 'Other'],
});
//# sourceMappingURL=venue.enums.js.map