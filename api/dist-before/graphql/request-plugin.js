"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.requestPlugin = void 0;
const format_error_1 = require("./format-error");
/**
 * Logs every unexpected error once, with the request id and without personal data, and gives the
 * client the request id so that support can find the log line. Marks every response `cache-control:
 * no-store` (what Apollo's cache-control plugin concluded for our hint-free schema; it is disabled in
 * server.ts): answers hold personal data and are per caller.
 */
exports.requestPlugin = {
    async requestDidStart({ contextValue }) {
        const started = Date.now();
        return {
            async didEncounterErrors({ errors, contextValue: ctx }) {
                for (const error of errors) {
                    const code = error.extensions?.code;
                    if (code && code !== 'INTERNAL_SERVER_ERROR')
                        continue;
                    ctx.logger.error({ requestId: ctx.requestId, path: error.path, err: (0, format_error_1.loggableError)(error.originalError ?? error) }, 'unexpected error');
                }
            },
            async willSendResponse({ response, operationName }) {
                if (!response.http.headers.has('cache-control'))
                    response.http.headers.set('cache-control', 'no-store');
                // One line per request: what ran and how long it took; never variables (they hold personal data).
                const errors = response.body.kind === 'single' ? (response.body.singleResult.errors?.length ?? 0) : 0;
                contextValue.logger.info({ requestId: contextValue.requestId, operationName, ms: Date.now() - started, errors }, 'graphql');
                if (response.body.kind !== 'single')
                    return;
                for (const error of response.body.singleResult.errors ?? []) {
                    if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') {
                        error.extensions.requestId = contextValue.requestId;
                    }
                }
            },
        };
    },
};
//# sourceMappingURL=request-plugin.js.map