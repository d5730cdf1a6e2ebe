"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SYSTEM_SCOPE = void 0;
exports.scopeOf = scopeOf;
exports.SYSTEM_SCOPE = { all: true };
function scopeOf(principal) {
    if (!principal)
        return { none: true };
    switch (principal.role) {
        case 'PLATFORM_ADMIN':
            return { all: true };
        case 'PARTNER':
            return principal.socialGroupId ? { groupId: principal.socialGroupId } : { none: true };
        case 'ANALYST':
            return principal.orgPath ? { orgPath: principal.orgPath } : { all: true };
        default:
            return principal.orgPath ? { orgPath: principal.orgPath } : { none: true };
    }
}
//# sourceMappingURL=scope-params.js.map