"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ServiceRecordKind = void 0;
const enums_1 = require("../../common/enums");
exports.ServiceRecordKind = (0, enums_1.defineEnum)('ServiceRecordKind', {
    COUNSELING: ['心理疏导', 'Counselling'],
    HOME_VISIT: ['入户走访', 'Home visit'],
    FAMILY_MEDIATION: ['家庭调解', 'Family mediation'],
    REFERRAL: ['转介', 'Referral'],
    TRAINING: ['培训', 'Training'],
    OTHER: ['其他', 'Other'],
});
//# sourceMappingURL=service-record.enums.js.map