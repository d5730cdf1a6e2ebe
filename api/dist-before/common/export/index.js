"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LedgerWorkbook = exports.LedgerSheet = exports.xlsxExportRoute = exports.oneParam = exports.listParam = exports.errorBody = exports.authedGetRoute = exports.attachmentHeader = void 0;
var content_disposition_1 = require("./content-disposition");
Object.defineProperty(exports, "attachmentHeader", { enumerable: true, get: function () { return content_disposition_1.attachmentHeader; } });
var http_route_1 = require("./http-route");
Object.defineProperty(exports, "authedGetRoute", { enumerable: true, get: function () { return http_route_1.authedGetRoute; } });
Object.defineProperty(exports, "errorBody", { enumerable: true, get: function () { return http_route_1.errorBody; } });
Object.defineProperty(exports, "listParam", { enumerable: true, get: function () { return http_route_1.listParam; } });
Object.defineProperty(exports, "oneParam", { enumerable: true, get: function () { return http_route_1.oneParam; } });
Object.defineProperty(exports, "xlsxExportRoute", { enumerable: true, get: function () { return http_route_1.xlsxExportRoute; } });
var ledger_writer_1 = require("./ledger-writer");
Object.defineProperty(exports, "LedgerSheet", { enumerable: true, get: function () { return ledger_writer_1.LedgerSheet; } });
Object.defineProperty(exports, "LedgerWorkbook", { enumerable: true, get: function () { return ledger_writer_1.LedgerWorkbook; } });
//# sourceMappingURL=index.js.map