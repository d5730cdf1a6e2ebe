"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.updateInputOf = exports.createInputOf = void 0;
exports.writableFields = writableFields;
const class_validator_1 = require("class-validator");
const type_graphql_1 = require("type-graphql");
const validators_1 = require("../validators");
const scalars_1 = require("./scalars");
const registry_1 = require("./registry");
const inputs = (0, registry_1.memo)();
const FORMATS = {
    idNumber: validators_1.IsIdNumber,
    creditCode: validators_1.IsCreditCode,
    mobile: validators_1.IsMobile,
    regionCode: validators_1.IsRegionCode,
    pastDate: validators_1.IsPastOrTodayDate,
};
/** Fields a client may write: never readOnly ones; createOnly ones only on create. */
function writableFields(spec, mode) {
    return Object.entries(spec.fields).filter(([, f]) => !f.readOnly && (mode === 'create' || !f.createOnly));
}
function applyValidators(proto, key, field, mode) {
    const required = mode === 'create' && field.required;
    if (required)
        (0, class_validator_1.IsNotEmpty)({ message: '不能为空' })(proto, key);
    // Update: an absent field is left alone; null clears an optional one (required ones: service refuses).
    else if (mode === 'update' && field.required)
        (0, class_validator_1.ValidateIf)((_o, v) => v !== undefined && v !== null)(proto, key);
    else
        (0, class_validator_1.IsOptional)()(proto, key);
    switch (field.kind) {
        case 'string':
        case 'text': {
            (0, class_validator_1.IsString)({ message: '应为文本' })(proto, key);
            if (field.required)
                (0, class_validator_1.Matches)(/\S/, { message: '不能为空' })(proto, key);
            const max = field.maxLength ?? (field.kind === 'text' ? 10000 : 200);
            (0, class_validator_1.MaxLength)(max, { message: `不能超过 ${max} 个字符` })(proto, key);
            break;
        }
        case 'int':
        case 'money':
        case 'bp':
            (0, class_validator_1.IsInt)({ message: '应为整数' })(proto, key);
            break;
        case 'date':
            (0, validators_1.IsLocalDate)()(proto, key);
            break;
        case 'time':
            (0, validators_1.IsLocalTime)()(proto, key);
            break;
    }
    if (field.min !== undefined)
        (0, class_validator_1.Min)(field.min, { message: `不能小于 ${field.min}` })(proto, key);
    if (field.max !== undefined)
        (0, class_validator_1.Max)(field.max, { message: `不能大于 ${field.max}` })(proto, key);
    if (field.format)
        FORMATS[field.format]()(proto, key);
}
function buildInput(spec, mode) {
    const name = `${spec.name}${mode === 'create' ? 'Create' : 'Update'}Input`;
    const C = class {
    };
    Object.defineProperty(C, 'name', { value: name });
    for (const [key, field] of writableFields(spec, mode)) {
        (0, type_graphql_1.Field)(() => (0, scalars_1.scalarOf)(field), {
            nullable: !(mode === 'create' && field.required),
            description: [field.label.join(' / '), field.description].filter(Boolean).join('. '),
        })(C.prototype, key);
        applyValidators(C.prototype, key, field, mode);
    }
    (0, type_graphql_1.InputType)(name)(C);
    return C;
}
const createInputOf = (spec) => inputs(`${spec.name}Create`, () => buildInput(spec, 'create'));
exports.createInputOf = createInputOf;
const updateInputOf = (spec) => inputs(`${spec.name}Update`, () => buildInput(spec, 'update'));
exports.updateInputOf = updateInputOf;
//# sourceMappingURL=inputs.js.map