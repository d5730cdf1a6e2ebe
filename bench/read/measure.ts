import fs from 'node:fs';

/** CPU ms (user + system) a process has used so far (/proc/<pid>/stat, 100 ticks a second). */
export function cpuOf(pid: number): number {
  const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
}

/**
 * CPU ms PostgreSQL has used so far: the postmaster's own and its reaped children's (cutime, cstime: backends
 * that have exited), plus the live backends'. Monotonic, unlike a sum over live backends alone, which drops
 * when a pool closes a connection between turns.
 */
export function postgresCpu(postmaster: number): number {
  const stat = (pid: number) => fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const own = stat(postmaster);
  let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const f = stat(Number(d));
      if (Number(f[1]) === postmaster) ticks += Number(f[11]) + Number(f[12]);
    } catch {
      // exited meanwhile: counted in the postmaster's cutime from now on
    }
  }
  return ticks * 10;
}

/** Resident memory of a process in MB (VmRSS). */
export function rssMb(pid: number): number {
  const line = fs
    .readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return line ? Number(/(\d+)/.exec(line)![1]) / 1024 : 0;
}

/** JSON with object keys sorted: two answers are the same when their canonical texts are. */
function canonicalText(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalText).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalText(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v ?? null);
}

/** null when equal; otherwise where the two texts first part, with some context. */
export function sameAnswer(expected: unknown, got: unknown): string | null {
  const [a, b] = [canonicalText(expected), canonicalText(got)];
  if (a === b) return null;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at character ${i}: expected …${a.slice(Math.max(0, i - 60), i + 80)}… got …${b.slice(Math.max(0, i - 60), i + 80)}…`;
}
