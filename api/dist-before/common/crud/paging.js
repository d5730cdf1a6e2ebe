"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isUuid = exports.UUID = exports.encodeCursor = exports.MAX_TAKE = exports.DEFAULT_TAKE = void 0;
exports.paging = paging;
exports.decodeCursor = decodeCursor;
const errors_1 = require("../../graphql/errors");
exports.DEFAULT_TAKE = 25;
exports.MAX_TAKE = 100;
/** skip/take with take defaulting to 25 and capped at 100. */
function paging(skip, take) {
    if (skip != null && skip < 0)
        throw (0, errors_1.badInput)({ skip: '不能小于 0' });
    if (take != null && take < 0)
        throw (0, errors_1.badInput)({ take: '不能小于 0' });
    return { offset: skip ?? 0, limit: Math.min(take ?? exports.DEFAULT_TAKE, exports.MAX_TAKE) };
}
/** Cursors are opaque to clients; they hold the position of the row in the ordered result. */
const encodeCursor = (offset) => Buffer.from(`o:${offset}`).toString('base64url');
exports.encodeCursor = encodeCursor;
function decodeCursor(cursor) {
    if (!cursor)
        return -1;
    const m = /^o:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
    if (!m)
        throw (0, errors_1.badInput)({ after: '无效的游标' });
    return Number(m[1]);
}
exports.UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (s) => typeof s === 'string' && exports.UUID.test(s);
exports.isUuid = isUuid;
//# sourceMappingURL=paging.js.map