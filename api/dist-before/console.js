"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.CONSOLE_DIR = void 0;
exports.mountConsole = mountConsole;
const express_1 = __importDefault(require("express"));
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const config_1 = require("./config");
/** Where `npm run build -w admin` puts the console. */
exports.CONSOLE_DIR = node_path_1.default.join(config_1.repoRoot, 'admin', 'dist');
/**
 * Serves the built console at /admin: hashed assets cached for good, and every other path under
 * /admin answered with index.html so that the console's own routes (/admin/ServiceClass/…/show)
 * survive a reload. Without a build, /admin says how to make one.
 */
function mountConsole(app, dir = exports.CONSOLE_DIR) {
    app.get('/', (_req, res) => {
        res.redirect('/admin/');
    });
    const index = node_path_1.default.join(dir, 'index.html');
    app.use('/admin', express_1.default.static(dir, {
        index: false,
        setHeaders: (res, file) => {
            res.setHeader('Cache-Control', file.includes(`${node_path_1.default.sep}assets${node_path_1.default.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
        },
    }));
    app.get(/^\/admin(\/.*)?$/, (req, res) => {
        // A missing asset is a 404, not the app.
        if (/\.[a-z0-9]+$/i.test(req.path) && !req.path.endsWith('.html')) {
            res.status(404).end();
            return;
        }
        if (!node_fs_1.default.existsSync(index)) {
            res
                .status(503)
                .type('text/plain; charset=utf-8')
                .send('控制台尚未构建：请运行 npm run build -w admin（npm start 会自动构建）\n');
            return;
        }
        res.setHeader('Cache-Control', 'no-cache');
        res.sendFile(index);
    });
}
//# sourceMappingURL=console.js.map