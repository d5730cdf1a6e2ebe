"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.rotate = exports.fullTimeMother = exports.women = exports.adults = exports.kids = exports.ADULT = exports.MON_FRI = void 0;
const beneficiary_enums_1 = require("../../modules/beneficiary/beneficiary.enums");
/** Small building blocks of the class lists (demo-classes-*.ts): who may enrol, session topics. */
exports.MON_FRI = [1, 2, 3, 4, 5];
/** Adults of working age, in months. */
exports.ADULT = [216, 720];
/** Children of the households tagged so (see demo-households.ts). */
const kids = (...tags) => (p) => !p.adult && tags.includes(p.tag);
exports.kids = kids;
/** Adults of an area, not the elderly living alone. */
const adults = (area, also = () => true) => (p) => p.adult && p.area === area && !p.tag.endsWith('elderly') && also(p);
exports.adults = adults;
const women = (p) => p.gender === beneficiary_enums_1.Gender.FEMALE;
exports.women = women;
const fullTimeMother = (p) => p.categories.includes(beneficiary_enums_1.BeneficiaryCategory.FULL_TIME_MOTHER);
exports.fullTimeMother = fullTimeMother;
/** Topics taken in turn, one per session. */
const rotate = (kind, prefix, items) => (_date, i) => [`${prefix}${items[i % items.length]}`, kind];
exports.rotate = rotate;
//# sourceMappingURL=demo-class-helpers.js.map