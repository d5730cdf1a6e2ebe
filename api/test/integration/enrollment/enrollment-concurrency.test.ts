import { useWorld } from '../../support/use-app';
import { Client } from 'pg';
import { print } from 'graphql';
import {
  EnrollInClassDocument,
  type EnrollInClassMutation,
  type EnrollInClassMutationVariables,
  RegisterBeneficiariesDocument,
  type BeneficiaryCreateInput,
} from '../../generated/operations';
import { create, sampleInput } from '../../support/fixtures';

/**
 * Capacity under concurrency. 200 people apply at once, over real HTTP, for a class with 15 places:
 * exactly 15 are ENROLLED and 185 WAITLISTED at positions 1 … 185, in the order the server served
 * them, with no error. A naive "count, then insert" written here against a scratch table overbooks
 * under the same load, which shows the checks below can see overbooking when it happens.
 */
const { app, world } = useWorld();

const REQUESTS = 200;
const CAPACITY = 15;

interface Place {
  status: string;
  position: number | null;
}
/**
 * What is wrong with the places of one class, given in the order the requests were served: more
 * enrolled than places, waitlist positions other than 1 … n, or someone served later enrolled or ahead
 * on the waitlist of someone served earlier (first come, first served).
 */
function problems(places: Place[], capacity: number) {
  const enrolled = places.filter((p) => p.status === 'ENROLLED').length;
  const positions = places.filter((p) => p.status === 'WAITLISTED').map((p) => p.position);
  const out: string[] = [];
  if (enrolled > capacity) out.push(`overbooked: ${enrolled} enrolled for ${capacity} places`);
  const sorted = [...positions].sort((a, b) => (a ?? 0) - (b ?? 0));
  if (sorted.some((p, i) => p !== i + 1)) {
    out.push(`waitlist positions are not 1…${positions.length}: ${new Set(positions).size} distinct`);
  }
  const expected = places.map((_, i) =>
    i < Math.min(capacity, places.length) ? 'ENROLLED' : `WAITLISTED ${i - capacity + 1}`,
  );
  const actual = places.map((p) => (p.status === 'ENROLLED' ? 'ENROLLED' : `${p.status} ${p.position}`));
  const late = actual.findIndex((a, i) => a !== expected[i]);
  if (late >= 0) out.push(`not first come, first served from request ${late + 1} on`);
  return { enrolled, waitlisted: positions.length, problems: out };
}

describe('200 concurrent enrollments over HTTP into a class of 15', () => {
  it('gives exactly 15 ENROLLED and 185 WAITLISTED (positions 1…185, in order served), with 0 errors', async () => {
    const cls = await create(app, 'ServiceClass', {
      ...sampleInput('ServiceClass', world),
      name: '并发测试班',
      minAgeMonths: null,
      maxAgeMonths: null,
      capacity: CAPACITY,
    });
    const people = (
      await app.ok(RegisterBeneficiariesDocument, {
        data: Array.from({ length: REQUESTS }, (_, i) => ({
          ...(sampleInput('Beneficiary', world) as BeneficiaryCreateInput),
          name: `并发报名${i}`,
          idNumber: null,
          phone: null,
        })),
      })
    ).createBeneficiaries.map((r) => r.id);
    expect(new Set(people).size).toBe(REQUESTS);
    // The sponsor's staff, as the console would send it.
    const token = await app.signIn({ username: 'rush-staff', role: 'ORG_STAFF', organizationId: world.district });

    const started = Date.now();
    const answers = await Promise.all(
      people.map(async (beneficiaryId, i) => {
        const res = await fetch(app.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({
            query: print(EnrollInClassDocument),
            variables: { c: cls, b: beneficiaryId, d: 20, k: `rush-${i}` } satisfies EnrollInClassMutationVariables,
          }),
        });
        return {
          http: res.status,
          body: (await res.json()) as { data?: EnrollInClassMutation; errors?: unknown[] },
        };
      }),
    );
    const ms = Date.now() - started;

    const failed = answers.filter((a) => a.http !== 200 || a.body.errors?.length || !a.body.data?.enroll);
    expect(failed).toEqual([]);

    // Ground truth from the database, in the order the server served the requests: ids are UUID v7
    // made by the server under the class lock, so they sort in that order.
    const rows = await app.sql<{ id: string; status: string; waitlist_position: number | null; created_at: Date }>(
      `select id, status, waitlist_position, created_at from enrollment where class_id = $1 order by id`,
      [cls],
    );
    const places = rows.map((r) => ({ status: r.status, position: r.waitlist_position }));
    const result = problems(places, CAPACITY);
    expect(result).toEqual({ enrolled: 15, waitlisted: 185, problems: [] });
    expect(rows.map((r) => r.waitlist_position).filter((p) => p !== null)).toEqual(
      Array.from({ length: 185 }, (_, i) => i + 1),
    );
    expect(rows.every((r, i) => i === 0 || r.created_at >= rows[i - 1].created_at)).toBe(true);
    const [{ enrolled_count }] = await app.sql<{ enrolled_count: number }>(
      'select enrolled_count from service_class where id = $1',
      [cls],
    );
    expect(enrolled_count).toBe(15);
    // Each client was told what the database holds.
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const a of answers) {
      const e = a.body.data!.enroll;
      expect([e.status, e.waitlistPosition]).toEqual([byId.get(e.id)!.status, byId.get(e.id)!.waitlist_position]);
    }
    const [{ n }] = await app.sql<{ n: number }>(
      `select count(*)::int as n from audit_event where action = 'enroll' and entity_id = any($1)`,
      [rows.map((r) => r.id)],
    );
    expect(n).toBe(REQUESTS);
    process.stdout.write(
      `\nenroll: ${REQUESTS} concurrent HTTP requests, capacity ${CAPACITY}: ${result.enrolled} ENROLLED, ` +
        `${result.waitlisted} WAITLISTED, ${failed.length} errors, enrolled_count ${enrolled_count}, ${ms} ms\n`,
    );
  });
});

describe('negative control: the same load on a naive "count, then insert"', () => {
  const CLIENTS = 50;

  /** One transaction per request on its own connection, as a naive service would write it. */
  async function run(locking: boolean) {
    await app.sql(`drop table if exists naive_enrollment; drop table if exists naive_class;
      create table naive_class (id int primary key, capacity int not null);
      create table naive_enrollment (seq bigserial primary key, class_id int not null, person int not null,
        status text not null, waitlist_position int);
      insert into naive_class values (1, ${CAPACITY});`);
    const url = app.orm.config.getClientUrl() ?? '';
    const clients = await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        const c = new Client({ connectionString: url });
        await c.connect();
        return c;
      }),
    );
    const queue = Array.from({ length: REQUESTS }, (_, i) => i);
    let errors = 0;
    try {
      await Promise.all(
        clients.map(async (c) => {
          for (let person = queue.shift(); person !== undefined; person = queue.shift()) {
            try {
              await c.query('begin');
              // The fix is this one lock; without it every transaction counts before the others insert.
              const [{ capacity }] = (
                await c.query(`select capacity from naive_class where id = 1 ${locking ? 'for update' : ''}`)
              ).rows;
              const [{ n }] = (
                await c.query(
                  `select count(*)::int as n from naive_enrollment where class_id = 1 and status = 'ENROLLED'`,
                )
              ).rows;
              if (n < capacity) {
                await c.query(`insert into naive_enrollment (class_id, person, status) values (1, $1, 'ENROLLED')`, [
                  person,
                ]);
              } else {
                const [{ w }] = (
                  await c.query(
                    `select count(*)::int as w from naive_enrollment where class_id = 1 and status = 'WAITLISTED'`,
                  )
                ).rows;
                await c.query(
                  `insert into naive_enrollment (class_id, person, status, waitlist_position) values (1, $1, 'WAITLISTED', $2)`,
                  [person, w + 1],
                );
              }
              await c.query('commit');
            } catch {
              errors++;
              await c.query('rollback');
            }
          }
        }),
      );
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
    const rows = await app.sql<{ status: string; waitlist_position: number | null }>(
      'select status, waitlist_position from naive_enrollment order by seq',
    );
    return {
      errors,
      ...problems(
        rows.map((r) => ({ status: r.status, position: r.waitlist_position })),
        CAPACITY,
      ),
    };
  }

  it('overbooks without the lock (so the checks above can fail), and holds with it', async () => {
    const naive = await run(false);
    expect(naive.errors).toBe(0);
    expect(naive.enrolled + naive.waitlisted).toBe(REQUESTS);
    expect(naive.enrolled).toBeGreaterThan(CAPACITY);
    expect(naive.problems[0]).toMatch(/^overbooked/);

    const locked = await run(true);
    expect(locked).toEqual({ errors: 0, enrolled: 15, waitlisted: 185, problems: [] });
    process.stdout.write(
      `\nnaive count-then-insert, ${REQUESTS} transactions on ${CLIENTS} connections, capacity ${CAPACITY}: ` +
        `${naive.enrolled} ENROLLED, ${naive.waitlisted} WAITLISTED; ${naive.problems.join('; ')}\n` +
        `same with SELECT … FOR UPDATE on the class row: ${locked.enrolled} ENROLLED, ${locked.waitlisted} WAITLISTED\n`,
    );
    await app.sql('drop table naive_enrollment; drop table naive_class');
  });
});
