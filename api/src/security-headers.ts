import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Headers on every response (console, GraphQL, exports, health). The console's scripts are files of its
 * own origin (vite emits no inline script), so the policy allows no inline or remote script; MUI writes
 * its styles at run time, hence style-src 'unsafe-inline'. No page may frame the console (clickjacking of
 * 查看 / 批准), and no URL leaks in a Referer.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const FIXED: [string, string][] = [
  ['content-security-policy', CSP],
  ['x-frame-options', 'DENY'],
  ['x-content-type-options', 'nosniff'],
  ['referrer-policy', 'no-referrer'],
  ['cross-origin-opener-policy', 'same-origin'],
];

/**
 * Sets the security headers and answers CORS for the configured origins only (config.ts corsOrigins):
 * a page of another origin gets no Access-Control-Allow-Origin and so cannot read an answer. Returns
 * true when the request was a preflight and has been answered.
 */
export function securityHeaders(allowed: readonly string[]) {
  const origins = new Set(allowed);
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    for (const [k, v] of FIXED) res.setHeader(k, v);
    const origin = req.headers.origin;
    if (!origin || !origins.has(origin)) return false;
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('vary', 'Origin');
    res.setHeader('access-control-expose-headers', 'content-disposition');
    if (req.method !== 'OPTIONS' || !req.headers['access-control-request-method']) return false;
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader(
      'access-control-allow-headers',
      'authorization, content-type, x-api-key, x-request-id, apollo-require-preflight',
    );
    res.setHeader('access-control-max-age', '600');
    res.statusCode = 204;
    res.end();
    return true;
  };
}
