import fc from 'fast-check';
import {
  CreateServiceClassesDocument,
  DeleteBeneficiaryRecordDocument,
  EnrollInClassDocument,
  RegisterBeneficiariesDocument,
  SetClassCapacityDocument,
  WithdrawEnrollmentDocument,
  type BeneficiaryCreateInput,
  type ServiceClassCreateInput,
} from '../../generated/operations';
import { useWorld } from '../../support/use-app';
import { randomUUID } from 'node:crypto';
import { sampleInput } from '../../support/fixtures';
import { type GqlResponse } from '../../support/test-app';

/**
 * Model-based test of enrollment (fast-check commands): random sequences of enroll, withdraw, change of
 * capacity and deletion of a person, run through GraphQL against two small classes, each step compared
 * with a model. After every step, for each class in the database: 0 ≤ enrolled ≤ capacity and the
 * stored count agrees with the rows, nobody holds two live places, the waitlist is numbered 1 … n in
 * arrival order, nobody waits while a place is free, and who is enrolled or waiting is what the model says.
 */
const { app, world } = useWorld();

const CLASSES = 2;
const PEOPLE = 5;
const RUNS = 30;
const MAX_COMMANDS = 20;

interface Model {
  capacity: number[];
  /** Per class, person indexes in the order they got a place / joined the waitlist. */
  enrolled: number[][];
  waitlist: number[][];
  /** People with any enrollment row (even withdrawn): they cannot be deleted. */
  hasRows: Set<number>;
  deleted: Set<number>;
  /** Ids of live enrollments by `class/person`, and of withdrawn ones. */
  live: Map<string, string>;
  withdrawn: Map<string, string>;
}
interface Real {
  classes: string[];
  people: string[];
}

const code = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.code ?? 'OK';
const key = (c: number, p: number) => `${c}/${p}`;

/** Free places go to the head of the waitlist, first come first served. */
function fill(m: Model, c: number) {
  while (m.enrolled[c].length < m.capacity[c] && m.waitlist[c].length) m.enrolled[c].push(m.waitlist[c].shift()!);
}

class Enroll implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly c: number,
    readonly p: number,
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const res = await app.gql(EnrollInClassDocument, {
      c: r.classes[this.c],
      b: r.people[this.p],
      d: 3,
      k: randomUUID(),
    });
    if (m.deleted.has(this.p)) return expect(code(res)).toBe('NOT_FOUND');
    if (m.live.has(key(this.c, this.p))) return expect(code(res)).toBe('CONFLICT');
    expect(code(res)).toBe('OK');
    const got = res.data!.enroll;
    if (m.enrolled[this.c].length < m.capacity[this.c]) {
      m.enrolled[this.c].push(this.p);
      expect([got.status, got.waitlistPosition]).toEqual(['ENROLLED', null]);
    } else {
      m.waitlist[this.c].push(this.p);
      expect([got.status, got.waitlistPosition]).toEqual(['WAITLISTED', m.waitlist[this.c].length]);
    }
    m.live.set(key(this.c, this.p), got.id);
    m.hasRows.add(this.p);
  }
  toString = () => `enroll(class ${this.c}, person ${this.p})`;
}

/** Withdraws the `pick`-th live enrollment, or (`again`) a withdrawn one, which must be refused. */
class Withdraw implements fc.AsyncCommand<Model, Real> {
  private target = '?';
  constructor(
    readonly pick: number,
    readonly again: boolean,
  ) {}
  check = (m: Readonly<Model>) => (this.again ? m.withdrawn : m.live).size > 0;
  async run(m: Model) {
    const pool = [...(this.again ? m.withdrawn : m.live)];
    const [k, id] = pool[this.pick % pool.length];
    const [c, p] = k.split('/').map(Number);
    this.target = `class ${c}, person ${p}`;
    const res = await app.gql(WithdrawEnrollmentDocument, { id });
    if (this.again) return expect(code(res)).toBe('CONFLICT');
    expect(res.data?.withdrawEnrollment.status).toBe('WITHDRAWN');
    m.enrolled[c] = m.enrolled[c].filter((x) => x !== p);
    m.waitlist[c] = m.waitlist[c].filter((x) => x !== p);
    fill(m, c);
    m.live.delete(k);
    m.withdrawn.set(k, id);
  }
  toString = () => `withdraw${this.again ? ' again' : ''}(${this.target})`;
}

class ChangeCapacity implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly c: number,
    readonly capacity: number,
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const res = await app.gql(SetClassCapacityDocument, { id: r.classes[this.c], cap: this.capacity });
    if (this.capacity < m.enrolled[this.c].length) {
      expect(code(res)).toBe('BAD_USER_INPUT');
      return expect(Object.keys(res.errors![0].extensions!.fieldErrors!)).toEqual(['capacity']);
    }
    expect(code(res)).toBe('OK');
    m.capacity[this.c] = this.capacity;
    fill(m, this.c);
  }
  toString = () => `capacity(class ${this.c}) = ${this.capacity}`;
}

class DeletePerson implements fc.AsyncCommand<Model, Real> {
  constructor(readonly p: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const res = await app.gql(DeleteBeneficiaryRecordDocument, { id: r.people[this.p] });
    if (m.deleted.has(this.p)) return expect(code(res)).toBe('NOT_FOUND');
    // A person with enrollments (even withdrawn ones) stays: nothing is orphaned.
    if (m.hasRows.has(this.p)) return expect(code(res)).toBe('CONFLICT');
    expect(code(res)).toBe('OK');
    m.deleted.add(this.p);
  }
  toString = () => `delete(person ${this.p})`;
}

/** Checks every invariant of every class against the database, and the database against the model. */
async function verify(m: Model, r: Real) {
  for (let c = 0; c < CLASSES; c++) {
    const [cls] = await app.sql<{ capacity: number; enrolled_count: number }>(
      'select capacity, enrolled_count from service_class where id = $1',
      [r.classes[c]],
    );
    const rows = await app.sql<{
      id: string;
      beneficiary_id: string;
      status: string;
      waitlist_position: number | null;
    }>(
      `select id, beneficiary_id, status, waitlist_position from enrollment
        where class_id = $1 and deleted_at is null and status in ('ENROLLED', 'WAITLISTED') order by id`,
      [r.classes[c]],
    );
    const enrolled = rows.filter((x) => x.status === 'ENROLLED');
    const waiting = rows
      .filter((x) => x.status === 'WAITLISTED')
      .sort((a, b) => a.waitlist_position! - b.waitlist_position!);
    const label = `class ${c}`;
    // 0 ≤ enrolled ≤ capacity, and the count kept by the database agrees with the rows.
    expect([label, cls.enrolled_count >= 0, cls.enrolled_count <= cls.capacity]).toEqual([label, true, true]);
    expect([label, cls.enrolled_count]).toEqual([label, enrolled.length]);
    // Nobody holds two live places in a class.
    expect([label, new Set(rows.map((x) => x.beneficiary_id)).size]).toEqual([label, rows.length]);
    // The waitlist is numbered 1 … n, in arrival order (ids are UUID v7, made in the order served).
    expect([label, waiting.map((x) => x.waitlist_position)]).toEqual([label, waiting.map((_, i) => i + 1)]);
    expect([label, waiting.map((x) => x.id)]).toEqual([label, [...waiting.map((x) => x.id)].sort()]);
    // Nobody waits while a place is free.
    expect([label, waiting.length > 0 && enrolled.length < cls.capacity]).toEqual([label, false]);
    // The database holds what the model says.
    const who = (ps: number[]) => ps.map((p) => r.people[p]);
    expect([label, cls.capacity]).toEqual([label, m.capacity[c]]);
    expect([label, enrolled.map((x) => x.beneficiary_id).sort()]).toEqual([label, who(m.enrolled[c]).sort()]);
    expect([label, waiting.map((x) => x.beneficiary_id)]).toEqual([label, who(m.waitlist[c])]);
  }
}

/** Commands run (by kind), for the report at the end. */
const ran: Record<string, number> = {};

/** Wraps a command so that the invariants are checked after it runs. */
const checked = (cmd: fc.AsyncCommand<Model, Real>): fc.AsyncCommand<Model, Real> => ({
  check: (m) => cmd.check(m),
  run: async (m, r) => {
    await cmd.run(m, r);
    await verify(m, r);
    const kind = cmd.constructor.name;
    ran[kind] = (ran[kind] ?? 0) + 1;
  },
  toString: () => cmd.toString(),
});

const enrollArb = fc.tuple(fc.nat(CLASSES - 1), fc.nat(PEOPLE - 1)).map(([c, p]) => checked(new Enroll(c, p)));
const withdrawArb = fc.tuple(fc.nat(20), fc.boolean()).map(([pick, again]) => checked(new Withdraw(pick, again)));
const commands = [
  // Enrolling and withdrawing weigh more: they are what the classes are for.
  enrollArb,
  enrollArb,
  enrollArb,
  withdrawArb,
  withdrawArb,
  fc.tuple(fc.nat(CLASSES - 1), fc.integer({ min: 1, max: 4 })).map(([c, n]) => checked(new ChangeCapacity(c, n))),
  fc.nat(PEOPLE - 1).map((p) => checked(new DeletePerson(p))),
];

async function setup(capacities: number[]): Promise<{ model: Model; real: Real }> {
  const tag = randomUUID().slice(0, 8);
  const classes = (
    await app.ok(CreateServiceClassesDocument, {
      data: capacities.map((capacity, i) => ({
        ...(sampleInput('ServiceClass', world) as ServiceClassCreateInput),
        name: `模型测试班${tag}-${i}`,
        minAgeMonths: null,
        maxAgeMonths: null,
        capacity,
      })),
    })
  ).createServiceClasses.map((x) => x.id);
  const people = (
    await app.ok(RegisterBeneficiariesDocument, {
      data: Array.from({ length: PEOPLE }, (_, i) => ({
        ...(sampleInput('Beneficiary', world) as BeneficiaryCreateInput),
        name: `模型测试${tag}-${i}`,
        idNumber: null,
        phone: null,
      })),
    })
  ).createBeneficiaries.map((x) => x.id);
  return {
    model: {
      capacity: [...capacities],
      enrolled: capacities.map(() => []),
      waitlist: capacities.map(() => []),
      hasRows: new Set(),
      deleted: new Set(),
      live: new Map(),
      withdrawn: new Map(),
    },
    real: { classes, people },
  };
}

describe('enrollment model', () => {
  it(`keeps 0 ≤ enrolled ≤ capacity, first come first served and one place per person (${RUNS} runs × ≤ ${MAX_COMMANDS} commands)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: CLASSES, maxLength: CLASSES }),
        fc.commands(commands, { maxCommands: MAX_COMMANDS, size: 'max' }),
        async (capacities, cmds) => {
          const s = await setup(capacities);
          await fc.asyncModelRun(() => s, cmds);
        },
      ),
      { numRuns: RUNS },
    );
    // Every kind of command ran, often (a run that skipped them all would prove nothing).
    process.stdout.write(`\nenrollment model: commands run ${JSON.stringify(ran)}\n`);
    for (const kind of ['Enroll', 'Withdraw', 'ChangeCapacity', 'DeletePerson']) expect(ran[kind]).toBeGreaterThan(10);
  }, 180_000);
});
