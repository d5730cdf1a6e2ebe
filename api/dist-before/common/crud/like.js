"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.escapeLike = void 0;
/** Escapes `%`, `_` and `\\` so that user text is matched literally by LIKE / ILIKE. */
const escapeLike = (s) => s.replace(/[\\%_]/g, (c) => '\\' + c);
exports.escapeLike = escapeLike;
//# sourceMappingURL=like.js.map