"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EvaluationKind = void 0;
const enums_1 = require("../../common/enums");
exports.EvaluationKind = (0, enums_1.defineEnum)('EvaluationKind', {
    MIDTERM: ['中期评估', 'Midterm'],
    FINAL: ['结项评估', 'Final'],
    PERIODIC: ['定期评估', 'Periodic'],
});
//# sourceMappingURL=evaluation.enums.js.map