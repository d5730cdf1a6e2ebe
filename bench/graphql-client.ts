/** The report query with every figure, as the benchmarks ask it. */
export const REPORT_QUERY = `query ($from: LocalDate!, $to: LocalDate!, $scopeId: ID, $groupBy: [ReportGrouping!], $filter: ReportFilterInput) {
  report(from: $from, to: $to, scopeId: $scopeId, groupBy: $groupBy, filter: $filter) { peopleSource totals { ...C }
    groupings { by rows { key label cell { ...C } } } } }
  fragment C on ReportCell { suppressed peopleServed enrollments personTimes attendancePersonTimes serviceRecordPersonTimes
    sessionsHeld serviceMinutes feeTotalFen subsidyTotalFen familyPaidFen capacity enrolledInClasses fillRateBp
    attendanceRows attendanceRateBp waitlisted needsOpen needsFulfilled evaluations averageScore }`;

/** One GraphQL request over HTTP, as a client sends it: the data, or an error carrying the GraphQL errors. */
export async function gql(
  base: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}
