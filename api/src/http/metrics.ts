import type { ReplicaSet, ReplicaStatus } from '../db/replica/replica-set';

const STATUSES: ReplicaStatus[] = ['starting', 'streaming', 'lagging', 'down', 'not a replica'];
const label = (v: string) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"');

/**
 * GET /metrics, Prometheus text format, this process only (each worker of WEB_CONCURRENCY answers for
 * itself): the read replicas' state and lag, and where routable reads went. Nothing about callers.
 */
export function metricsText(replicas: ReplicaSet | undefined): string {
  const lines = [
    '# HELP linli_replica_up 1 when the replica is read from (reachable, in recovery, within REPLICA_MAX_LAG_MS).',
    '# TYPE linli_replica_up gauge',
    "# HELP linli_replica_status 1 for the replica's current state.",
    '# TYPE linli_replica_status gauge',
    '# HELP linli_replica_lag_seconds How far the replica was behind the primary at the last check.',
    '# TYPE linli_replica_lag_seconds gauge',
    '# HELP linli_routable_reads_total Reads that may go to a replica (dashboards, exports, analysts), by outcome.',
    '# TYPE linli_routable_reads_total counter',
  ];
  for (const r of replicas?.replicas ?? []) {
    const name = label(r.name);
    lines.push(`linli_replica_up{replica="${name}"} ${r.status === 'streaming' ? 1 : 0}`);
    for (const s of STATUSES)
      lines.push(`linli_replica_status{replica="${name}",status="${s}"} ${r.status === s ? 1 : 0}`);
    if (r.lagMs !== null) lines.push(`linli_replica_lag_seconds{replica="${name}"} ${r.lagMs / 1000}`);
  }
  for (const [reason, n] of replicas?.reads ?? []) lines.push(`linli_routable_reads_total{outcome="${reason}"} ${n}`);
  return `${lines.join('\n')}\n`;
}
