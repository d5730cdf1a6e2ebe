"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PartnershipStatus = exports.PartnershipKind = void 0;
const enums_1 = require("../../common/enums");
exports.PartnershipKind = (0, enums_1.defineEnum)('PartnershipKind', {
    GUIDANCE: ['联系引导', 'Guidance'],
    SERVICE_PURCHASE: ['购买服务', 'Service purchase'],
    VENUE_FOR_SERVICE: ['以场地换服务', 'Venue for service'],
    CO_BUILDING: ['共驻共建', 'Co-building'],
});
exports.PartnershipStatus = (0, enums_1.defineEnum)('PartnershipStatus', {
    ACTIVE: ['合作中', 'Active'],
    SUSPENDED: ['已暂停', 'Suspended'],
    ENDED: ['已终止', 'Ended'],
});
//# sourceMappingURL=partnership.enums.js.map