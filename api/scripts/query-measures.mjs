#!/usr/bin/env node
// Reads the request lines a test run wrote to QUERY_MEASURES_FILE and prints the largest depth and cost
// seen per operation, largest first (docs/query-limits.md says how the limits were sized from them).
import fs from 'node:fs';

const print = (...parts) => process.stdout.write(parts.join(' ') + '\n');

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node api/scripts/query-measures.mjs <file>\n');
  process.exit(2);
}
const byOp = new Map();
for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  let row;
  try {
    row = JSON.parse(line);
  } catch {
    continue;
  }
  if (row.cost === undefined) continue;
  const key = row.operationName ?? '(anonymous)';
  const seen = byOp.get(key) ?? { n: 0, cost: 0, depth: 0 };
  seen.n += 1;
  seen.cost = Math.max(seen.cost, row.cost);
  seen.depth = Math.max(seen.depth, row.depth);
  byOp.set(key, seen);
}
const rows = [...byOp].sort((a, b) => b[1].cost - a[1].cost);
print(`${rows.length} operations, ${rows.reduce((s, [, r]) => s + r.n, 0)} requests`);
print(
  'max cost',
  Math.max(0, ...rows.map(([, r]) => r.cost)),
  'max depth',
  Math.max(0, ...rows.map(([, r]) => r.depth)),
);
for (const [op, r] of rows.slice(0, 25))
  print(`${String(r.cost).padStart(7)} ${String(r.depth).padStart(3)} ${String(r.n).padStart(6)}  ${op}`);
