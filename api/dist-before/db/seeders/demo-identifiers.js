"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SyntheticIdentifiers = void 0;
const validators_1 = require("../../common/validators");
/**
 * Synthetic identifiers, unique within one seeding: ID numbers with a valid GB 11643 checksum (region =
 * the family's district, sequence parity = gender: odd for men) and mobile numbers in the 139 range.
 * They are drawn, never copied from anyone.
 */
class SyntheticIdentifiers {
    constructor(rng) {
        this.rng = rng;
        this.ids = new Set();
        this.phones = new Set();
    }
    idNumber(region, birthDate, gender) {
        for (;;) {
            const sequence = this.rng.int(0, 499) * 2 + (gender === 'MALE' ? 1 : 0);
            const id = (0, validators_1.makeIdNumber)({ region, birthDate, sequence });
            if (!this.ids.has(id)) {
                this.ids.add(id);
                return id;
            }
        }
    }
    phone() {
        for (;;) {
            const p = `139${String(this.rng.int(0, 99_999_999)).padStart(8, '0')}`;
            if (!this.phones.has(p)) {
                this.phones.add(p);
                return p;
            }
        }
    }
}
exports.SyntheticIdentifiers = SyntheticIdentifiers;
//# sourceMappingURL=demo-identifiers.js.map