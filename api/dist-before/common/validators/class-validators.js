"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IsIdNumber = IsIdNumber;
exports.IsCreditCode = IsCreditCode;
exports.IsMobile = IsMobile;
exports.IsLocalDate = IsLocalDate;
exports.IsPastOrTodayDate = IsPastOrTodayDate;
exports.IsLocalTime = IsLocalTime;
exports.IsRegionCode = IsRegionCode;
/**
 * class-validator decorators for input classes. They are ordinary decorator factories, so the CRUD
 * factory can also apply them to classes built at run time: `IsIdNumber()(Input.prototype, 'idNumber')`.
 * They accept what the plain validators accept (e.g. lowercase x, `+86`); normalize before storing.
 */
const class_validator_1 = require("class-validator");
const credit_code_1 = require("./credit-code");
const dates_1 = require("./dates");
const id_number_1 = require("./id-number");
const phone_1 = require("./phone");
function rule(name, check, options) {
    return (0, class_validator_1.ValidateBy)({
        name,
        validator: {
            validate: (value) => check(value) === null,
            // With `each`, class-validator passes the whole collection here: report its first bad item.
            defaultMessage: (args) => {
                const value = args?.value;
                if (options?.each && (Array.isArray(value) || value instanceof Set || value instanceof Map)) {
                    for (const item of value instanceof Map ? value.values() : value) {
                        const reason = check(item);
                        if (reason !== null)
                            return reason;
                    }
                }
                return check(value) ?? '值无效';
            },
        },
    }, options);
}
const DATE_MESSAGE = '日期无效，格式应为YYYY-MM-DD';
function IsIdNumber(options) {
    return rule('isIdNumber', (value) => {
        const result = (0, id_number_1.validateIdNumber)(value);
        return result.ok ? null : result.reason;
    }, options);
}
function IsCreditCode(options) {
    return rule('isCreditCode', (value) => {
        const result = (0, credit_code_1.validateCreditCode)(value);
        return result.ok ? null : result.reason;
    }, options);
}
function IsMobile(options) {
    return rule('isMobile', (value) => ((0, phone_1.isValidMobile)(value) ? null : '手机号码无效，应为11位中国大陆手机号'), options);
}
function IsLocalDate(options) {
    return rule('isLocalDate', (value) => ((0, dates_1.isValidLocalDate)(value) ? null : DATE_MESSAGE), options);
}
/** A valid date not after today in China (read at validation time). */
function IsPastOrTodayDate(options) {
    return rule('isPastOrTodayDate', (value) => {
        if (!(0, dates_1.isValidLocalDate)(value))
            return DATE_MESSAGE;
        return value > (0, dates_1.todayInChina)() ? '日期不能晚于今天' : null;
    }, options);
}
function IsLocalTime(options) {
    return rule('isLocalTime', (value) => ((0, dates_1.isValidLocalTime)(value) ? null : '时间无效，格式应为HH:MM或HH:MM:SS'), options);
}
function IsRegionCode(options) {
    return rule('isRegionCode', (value) => ((0, id_number_1.isValidRegionCode)(value) ? null : '地区码无效，应为6位行政区划代码'), options);
}
//# sourceMappingURL=class-validators.js.map