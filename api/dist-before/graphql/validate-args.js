"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateArgs = validateArgs;
const class_validator_1 = require("class-validator");
const errors_1 = require("./errors");
const format_error_1 = require("./format-error");
/**
 * Validates every argument that is an input object (class-validator rules put on the generated input
 * classes). Items of a list argument are validated one by one and their errors keyed `index.field`,
 * so a bulk create names the failing row.
 */
async function validateArgs(value) {
    if (value === null || typeof value !== 'object')
        return;
    const items = Array.isArray(value) ? value : [value];
    const errors = {};
    for (const [i, item] of items.entries()) {
        if (item === null || typeof item !== 'object' || item.constructor === Object)
            continue;
        const found = await (0, class_validator_1.validate)(item, { forbidUnknownValues: false });
        Object.assign(errors, (0, format_error_1.toFieldErrors)(found, Array.isArray(value) ? `${i}.` : ''));
    }
    if (Object.keys(errors).length)
        throw (0, errors_1.badInput)(errors);
}
//# sourceMappingURL=validate-args.js.map