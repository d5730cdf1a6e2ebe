"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.beneficiaryBeforeWrite = beneficiaryBeforeWrite;
const validators_1 = require("../../common/validators");
const errors_1 = require("../../graphql/errors");
/**
 * How a person's identifiers are written: the ID number is never stored in clear (encrypted, a keyed
 * hash for duplicates, the last four for masked display); phone numbers are stored normalized.
 * A birth date or gender given with the ID number must agree with it.
 */
function beneficiaryBeforeWrite(data, _mode, ctx) {
    const out = { ...data };
    if (typeof out.phone === 'string')
        out.phone = (0, validators_1.normalizeMobile)(out.phone);
    if (!('idNumber' in out))
        return out;
    const raw = out.idNumber;
    delete out.idNumber;
    if (raw === null || raw === undefined) {
        return { ...out, idNumberCipher: null, idNumberHash: null, idNumberLast4: null };
    }
    const id = (0, validators_1.normalizeIdNumber)(String(raw));
    const parsed = (0, validators_1.validateIdNumber)(id);
    if (!parsed.ok)
        throw (0, errors_1.badInput)({ idNumber: parsed.reason });
    const errors = {};
    if (typeof out.birthDate === 'string' && out.birthDate !== parsed.birthDate) {
        errors.birthDate = '出生日期与身份证号不一致';
    }
    if (typeof out.gender === 'string' && out.gender !== parsed.gender)
        errors.gender = '性别与身份证号不一致';
    if (Object.keys(errors).length)
        throw (0, errors_1.badInput)(errors);
    return { ...out, idNumberCipher: ctx.pii.encrypt(id), idNumberHash: ctx.pii.hash(id), idNumberLast4: id.slice(-4) };
}
//# sourceMappingURL=beneficiary-pii.js.map