import { HttpError } from 'ra-core';
import { authFetch } from '../auth/session';

/**
 * Downloads a file the API streams (/exports/…xlsx) with the session's token, saved under the name
 * the server gives (Content-Disposition, RFC 5987 `filename*` for Chinese names). An error answer is
 * JSON `{ code, message }`: its message is thrown.
 */
export async function downloadExport(
  path: string,
  params: Record<string, string | string[] | null | undefined>,
  fallback: string,
) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value == null || value === '') continue;
    for (const v of Array.isArray(value) ? value : [value]) query.append(key, v);
  }
  let res: Response;
  try {
    res = await authFetch(`${path}?${query}`, { method: 'GET' });
  } catch {
    throw new HttpError('linli.errors.network', 0);
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { message?: string } | null;
    throw new HttpError(body?.message ?? 'linli.errors.server', res.status);
  }
  saveFile(await res.blob(), fileNameOf(res.headers.get('content-disposition')) ?? fallback);
}

/** Saves a file (downloaded, or made in the browser) under `name`. */
export function saveFile(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

export function fileNameOf(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      /* fall through to the plain name */
    }
  }
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? null;
}
