"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NeedStatus = void 0;
const enums_1 = require("../../common/enums");
exports.NeedStatus = (0, enums_1.defineEnum)('NeedStatus', {
    OPEN: ['待匹配', 'Open'],
    MATCHED: ['已匹配', 'Matched'],
    IN_PROGRESS: ['服务中', 'In progress'],
    FULFILLED: ['已满足', 'Fulfilled'],
    CLOSED: ['已关闭', 'Closed'],
});
//# sourceMappingURL=need.enums.js.map