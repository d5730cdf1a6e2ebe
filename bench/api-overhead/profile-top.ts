import fs from 'node:fs';
import path from 'node:path';

/**
 * Summarises a V8 .cpuprofile (node --cpu-prof): the top frames by self time and by total time, and the
 * share of each package (node_modules/<name>, node: internals, our code in api/dist).
 *
 *   node -r ts-node/register/transpile-only bench/api-overhead/profile-top.ts <file.cpuprofile> [top=25] [fromMs=0]
 *
 * fromMs skips the samples of the first fromMs milliseconds of the profile (start-up, seeding, warm-up:
 * main.ts prints where its timed requests start).
 */
interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const file = process.argv[2];
const TOP = Number(process.argv[3] ?? 25);
const FROM_MS = Number(process.argv[4] ?? 0);
const prof = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;

const self = new Map<number, number>();
let clock = 0;
prof.samples.forEach((id, i) => {
  const ms = (prof.timeDeltas[i] ?? 0) / 1000;
  clock += ms;
  if (clock >= FROM_MS) self.set(id, (self.get(id) ?? 0) + ms);
});
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const where = (n: Node) => {
  const url = n.callFrame.url;
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  if (url.includes('/api/dist/')) return 'api:' + url.split('/api/dist/')[1];
  if (url.startsWith('node:')) return url;
  return url ? path.basename(url) : '(native)';
};
const label = (n: Node) => `${n.callFrame.functionName || '(anonymous)'} ${where(n)}:${n.callFrame.lineNumber + 1}`;

const idle = new Set(['(idle)', '(program)', '(garbage collector)']);
let totalMs = 0;
let busyMs = 0;
const selfBy = new Map<string, number>();
const pkgBy = new Map<string, number>();
const totalBy = new Map<string, number>();
for (const [id, ms] of self) {
  const n = byId.get(id)!;
  totalMs += ms;
  if (n.callFrame.functionName !== '(idle)') busyMs += ms;
  const l = idle.has(n.callFrame.functionName) ? n.callFrame.functionName : label(n);
  selfBy.set(l, (selfBy.get(l) ?? 0) + ms);
  if (!idle.has(n.callFrame.functionName)) pkgBy.set(where(n), (pkgBy.get(where(n)) ?? 0) + ms);
  // Total time: each distinct frame on the stack once (recursion counted once).
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const f = byId.get(at)!;
    if (f.callFrame.functionName === '(root)') continue;
    const fl = label(f);
    if (seen.has(fl)) continue;
    seen.add(fl);
    totalBy.set(fl, (totalBy.get(fl) ?? 0) + ms);
  }
}

const out = (line: string) => process.stdout.write(line + '\n');
const pct = (ms: number) => `${((100 * ms) / busyMs).toFixed(1)}%`;
const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
out(`${file}: ${totalMs.toFixed(0)} ms sampled, ${busyMs.toFixed(0)} ms not idle (percentages of the latter)`);
out('\n## self time by package');
for (const [k, ms] of top(pkgBy, 15)) out(`${pct(ms).padStart(6)}  ${ms.toFixed(0).padStart(6)} ms  ${k}`);
out('\n## self time by frame');
for (const [k, ms] of top(selfBy, TOP)) out(`${pct(ms).padStart(6)}  ${ms.toFixed(0).padStart(6)} ms  ${k}`);
out('\n## total time by frame');
for (const [k, ms] of top(totalBy, TOP)) out(`${pct(ms).padStart(6)}  ${ms.toFixed(0).padStart(6)} ms  ${k}`);
