import fs from 'node:fs';
import path from 'node:path';

/**
 * Copies a PostgreSQL data directory (or a backup of one), keeping each file's owner when we run as root
 * (the embedded server runs as the `postgres` user, and refuses a data directory it does not own) and the
 * directory's mode 0700. `skip(relative path)` leaves out what a base backup must not contain.
 */
export function copyTree(
  from: string,
  to: string,
  skip: (rel: string) => 'skip' | 'empty' | 'copy' = () => 'copy',
  progress?: (copied: { files: number; bytes: number }) => void,
): { files: number; bytes: number } {
  const root = process.getuid?.() === 0;
  const count = { files: 0, bytes: 0 };
  const walk = (rel: string) => {
    const src = path.join(from, rel);
    const dst = path.join(to, rel);
    let st: fs.Stats;
    try {
      st = fs.lstatSync(src);
    } catch (e) {
      // A file the server removed while we copied (temporary files, dropped relations): the WAL replays it.
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw e;
    }
    if (st.isDirectory()) {
      fs.mkdirSync(dst, { recursive: true, mode: st.mode & 0o777 });
      fs.chmodSync(dst, st.mode & 0o777);
      for (const name of fs.readdirSync(src)) {
        const child = path.join(rel, name);
        const what = skip(child);
        if (what === 'skip') continue;
        if (what === 'empty') {
          const s = fs.statSync(path.join(from, child));
          if (s.isDirectory()) {
            fs.mkdirSync(path.join(to, child), { mode: s.mode & 0o777 });
            if (root) fs.chownSync(path.join(to, child), s.uid, s.gid);
          }
          continue;
        }
        walk(child);
      }
    } else if (st.isSymbolicLink()) {
      fs.symlinkSync(fs.readlinkSync(src), dst);
    } else {
      try {
        fs.copyFileSync(src, dst);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return; // removed meanwhile, as above
        throw e;
      }
      fs.chmodSync(dst, st.mode & 0o777);
      count.files++;
      count.bytes += st.size;
      progress?.(count);
    }
    if (root) fs.lchownSync(dst, st.uid, st.gid);
  };
  walk('');
  return count;
}

/** Whether a folder is missing or empty (restores and backups refuse anything else). */
export const isEmptyFolder = (dir: string): boolean => !fs.existsSync(dir) || fs.readdirSync(dir).length === 0;
