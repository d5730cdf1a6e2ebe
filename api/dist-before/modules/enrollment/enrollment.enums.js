"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EnrollmentStatus = void 0;
const enums_1 = require("../../common/enums");
exports.EnrollmentStatus = (0, enums_1.defineEnum)('EnrollmentStatus', {
    ENROLLED: ['已报名', 'Enrolled'],
    WAITLISTED: ['候补', 'Waitlisted'],
    WITHDRAWN: ['已退出', 'Withdrawn'],
    COMPLETED: ['已结业', 'Completed'],
    REJECTED: ['未通过', 'Rejected'],
});
//# sourceMappingURL=enrollment.enums.js.map