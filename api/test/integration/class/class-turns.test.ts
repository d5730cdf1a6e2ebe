import { Client } from 'pg';
import { testServerUrl } from '../../setup/shared';
import {
  type BeneficiaryCreateInput,
  CountVenuesDocument,
  EnrollInClassDocument,
  type EnrollInClassMutation,
  RegisterBeneficiariesDocument,
} from '../../generated/operations';
import { create, sampleInput } from '../../support/fixtures';
import type { GqlResponse } from '../../support/test-app';
import { useWorld } from '../../support/use-app';

/**
 * A slow lock on one class must not freeze everyone: enrollments waiting for a class wait for their turn in
 * the API process (modules/enrollment/class-turns.ts), not each on a pooled connection. While another
 * transaction holds the class's row (another API process importing a roster), twelve enrollments for it
 * occupy one connection between them, other requests are answered, and once the lock is gone all twelve
 * are served in order.
 */
const { app, world } = useWorld();

it('twelve enrollments waiting on a locked class hold one database connection; others are served meanwhile', async () => {
  const cls = await create(app, 'ServiceClass', {
    ...sampleInput('ServiceClass', world),
    name: '排队测试班',
    minAgeMonths: null,
    maxAgeMonths: null,
    capacity: 5,
  });
  const people = (
    await app.ok(RegisterBeneficiariesDocument, {
      data: Array.from({ length: 12 }, (_, i) => ({
        ...(sampleInput('Beneficiary', world) as BeneficiaryCreateInput),
        name: `排队报名${i}`,
        idNumber: null,
        phone: null,
      })),
    })
  ).createBeneficiaries.map((r) => r.id);
  const [{ db }] = await app.sql<{ db: string }>('select current_database() as db');
  const url = new URL(testServerUrl());
  url.pathname = `/${db}`;
  const holder = new Client({ connectionString: url.toString() });
  await holder.connect();
  const waitingOnLocks = async () =>
    (
      await app.sql<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity where datname = $1 and wait_event_type = 'Lock'`,
        [db],
      )
    )[0].n;
  let answers: GqlResponse<EnrollInClassMutation>[] = [];
  try {
    await holder.query('begin');
    await holder.query('select 1 from service_class where id = $1 for update', [cls]);
    const pending = Promise.all(
      people.map((beneficiaryId, i) =>
        app.gql(EnrollInClassDocument, { c: cls, b: beneficiaryId, d: 1, k: `turn-${i}` }),
      ),
    );
    for (let i = 0; i < 50 && (await waitingOnLocks()) === 0; i++) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 300)); // the other eleven have arrived by now
    expect(await waitingOnLocks()).toBe(1);
    // The pool is not drained: another user's request is answered while the twelve wait.
    expect((await app.ok(CountVenuesDocument)).venuesCount).toBeGreaterThan(0);
    await holder.query('rollback');
    answers = await pending;
  } finally {
    await holder.end();
  }
  expect(answers.map((a) => a.errors?.[0]?.extensions?.code ?? a.data!.enroll.status).sort()).toEqual([
    ...Array(5).fill('ENROLLED'),
    ...Array(7).fill('WAITLISTED'),
  ]);
});
