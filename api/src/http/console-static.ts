import compression from 'compression';
import express from 'express';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config';

/** Where `npm run build -w admin` puts the console. */
export const CONSOLE_DIR = path.join(repoRoot, 'admin', 'dist');

/**
 * Serves the built console at /admin: hashed assets cached for good, and every other path under
 * /admin answered with index.html so that the console's own routes (/admin/ServiceClass/…/show)
 * survive a reload. Without a build, /admin says how to make one. Compressed (brotli or gzip, as the browser
 * accepts): the console's scripts are 2.1 MB before the login form, about a quarter of that compressed.
 */
export function mountConsole(app: express.Express, dir = CONSOLE_DIR): void {
  app.get('/', (_req, res) => {
    res.redirect('/admin/');
  });
  const index = path.join(dir, 'index.html');
  app.use('/admin', compression());
  app.use(
    '/admin',
    express.static(dir, {
      index: false,
      setHeaders: (res, file) => {
        res.setHeader(
          'Cache-Control',
          file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    }),
  );
  app.get(/^\/admin(\/.*)?$/, (req, res) => {
    // A missing asset is a 404, not the app.
    if (/\.[a-z0-9]+$/i.test(req.path) && !req.path.endsWith('.html')) {
      res.status(404).end();
      return;
    }
    if (!fs.existsSync(index)) {
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
