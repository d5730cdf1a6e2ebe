"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.attachmentHeader = attachmentHeader;
/**
 * `Content-Disposition: attachment` with a UTF-8 file name (RFC 6266 / RFC 5987): an ASCII fallback for old
 * clients in `filename`, the real (Chinese) name percent-encoded in `filename*`.
 */
function attachmentHeader(filename) {
    const fallback = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_') || 'export';
    const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
//# sourceMappingURL=content-disposition.js.map