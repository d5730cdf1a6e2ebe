import { HttpError } from 'ra-core';
import { authFetch } from '../auth/session';

/**
 * Downloads a file the API streams (/exports/…xlsx) with the session's token, saved under the name
 * the server gives (Content-Disposition, RFC 5987 `filename*` for Chinese names). An error answer is
 * JSON `{ code, message }`: its message is thrown.
 */
/** How far a download is: bytes received, line breaks among them (CSV rows), rows announced (X-Total-Count). */
export interface DownloadProgress {
  bytes: number;
  lines: number;
  total: number | null;
}

export async function downloadExport(
  path: string,
  params: Record<string, string | string[] | null | undefined>,
  fallback: string,
  onProgress?: (p: DownloadProgress) => void,
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
  const name = fileNameOf(res.headers.get('content-disposition')) ?? fallback;
  if (!onProgress || !res.body) {
    saveFile(await res.blob(), name);
    return;
  }
  const total = res.headers.get('x-total-count');
  const progress: DownloadProgress = { bytes: 0, lines: 0, total: total === null ? null : Number(total) };
  const chunks: Uint8Array[] = [];
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    progress.bytes += value.length;
    for (const byte of value) if (byte === 10) progress.lines++;
    onProgress({ ...progress });
  }
  saveFile(new Blob(chunks as BlobPart[], { type: res.headers.get('content-type') ?? undefined }), name);
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
