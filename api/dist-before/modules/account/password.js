"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.DUMMY_HASH = exports.hashPassword = void 0;
exports.verifyPassword = verifyPassword;
const argon2_1 = __importDefault(require("argon2"));
/** argon2id with the library's defaults (64 MiB, 3 passes), as OWASP recommends for new systems. */
const hashPassword = (plain) => argon2_1.default.hash(plain, { type: argon2_1.default.argon2id });
exports.hashPassword = hashPassword;
async function verifyPassword(hash, plain) {
    if (!hash)
        return false;
    try {
        return await argon2_1.default.verify(hash, plain);
    }
    catch {
        return false;
    }
}
/** Verifying against this when the user does not exist keeps the answer time the same (no user oracle). */
exports.DUMMY_HASH = '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHRzb21lc2FsdA$Jm0QKmY4Q2kZ0r4M8sIuKy8m4q6u1o0lZr6pSx0vE1A';
//# sourceMappingURL=password.js.map