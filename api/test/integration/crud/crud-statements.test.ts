/**
 * The number of SQL statements behind a console-style page does not grow with the page size: the list with
 * all its relation levels is one compiled statement (crud/compile), whatever the number of rows.
 */
import { ClassListPageDocument } from '../../generated/operations';
import { insertEnrollments } from '../../support/fixtures';
import { useTestApp } from '../../support/use-app';
import { createRng } from '../../support/truth-random';

/** The ORM's query log is coloured. */
const ANSI_COLOURS = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

const { app } = useTestApp();

type Row = Record<string, unknown>;

async function createMany(mutation: string, input: string, data: Row[]): Promise<string[]> {
  const res = await app.ok<Record<string, { id: string }[]>>(
    `mutation ($data: [${input}!]!) { r: ${mutation}(data: $data) { id } }`,
    { data },
  );
  return res.r.map((r) => r.id);
}

/** The page as the API should answer it, computed with SQL. */
async function expectedPage(take: number, statuses: string[]): Promise<Row> {
  const classes = await app.sql<{
    id: string;
    name: string;
    capacity: number;
    project: { id: string; name: string; sponsor: { id: string; name: string } };
    venue: { id: string; name: string } | null;
  }>(
    `select c.id, c.name, c.capacity,
            json_build_object('id', p.id, 'name', p.name, 'sponsor', json_build_object('id', o.id, 'name', o.name)) as project,
            case when v.id is not null then json_build_object('id', v.id, 'name', v.name) end as venue
       from service_class c
       join service_project p on p.id = c.project_id
       join organization o on o.id = p.sponsor_id
       left join venue v on v.id = c.venue_id and v.deleted_at is null
      where c.deleted_at is null and c.status = any($1)
      order by c.name collate "zh-x-icu", c.id
      limit $2`,
    [statuses, take],
  );
  // Enrollment declares defaultOrder { createdAt: DESC }; id ASC breaks ties.
  const enrollments = await app.sql<{
    class_id: string;
    id: string;
    status: string;
    beneficiary: { id: string; name: string };
    rn: number;
    n: number;
    enrolled: number;
  }>(
    `select * from (
       select e.class_id, e.id, e.status, json_build_object('id', b.id, 'name', b.name) as beneficiary,
              row_number() over (partition by e.class_id order by e.created_at desc, e.id)::int as rn,
              count(*) over (partition by e.class_id)::int as n,
              count(*) filter (where e.status = 'ENROLLED') over (partition by e.class_id)::int as enrolled
         from enrollment e join beneficiary b on b.id = e.beneficiary_id
        where e.deleted_at is null and e.class_id = any($1)
     ) s order by class_id, rn`,
    [classes.map((c) => c.id)],
  );
  const [{ n }] = await app.sql<{ n: number }>(
    `select count(*)::int as n from service_class where deleted_at is null and status = any($1)`,
    [statuses],
  );
  return {
    serviceClasses: classes.map((c) => {
      const mine = enrollments.filter((e) => e.class_id === c.id);
      return {
        ...c,
        // Kept by the database trigger from the live ENROLLED enrollments.
        enrolledCount: mine[0]?.enrolled ?? 0,
        enrollments: mine.filter((e) => e.rn <= 5).map(({ id, status, beneficiary }) => ({ id, status, beneficiary })),
        enrollmentsCount: mine[0]?.n ?? 0,
      };
    }),
    serviceClassesCount: n,
  };
}

describe('statement count of the class list page', () => {
  it('is the same for 5, 10, 25 and 50 classes, one statement per relation level, and the data equals SQL', async () => {
    const rng = createRng(4242);
    const places = ['五华', '盘龙', '官渡', '西山', '呈贡', '安宁', 'Dali', 'Lijiang', 'Anning'];
    const sponsors = await createMany(
      'createOrganizations',
      'OrganizationCreateInput',
      ['昆明市总工会', '昆明市妇联', 'Kunming Youth League'].map((name) => ({ name, kind: 'UNION', level: 'CITY' })),
    );
    const projects = await createMany(
      'createServiceProjects',
      'ServiceProjectCreateInput',
      Array.from({ length: 12 }, (_, i) => ({
        name: `${rng.pick(places)}暑期托管项目${i}`,
        category: 'SUMMER_CARE',
        sponsorId: rng.pick(sponsors),
        startsOn: '2025-07-01',
        endsOn: '2025-08-31',
      })),
    );
    const venues = await createMany(
      'createVenues',
      'VenueCreateInput',
      Array.from({ length: 8 }, (_, i) => ({ name: `${rng.pick(places)}职工之家${i}`, kind: 'SHARED_SPACE' })),
    );
    const people = await createMany(
      'createBeneficiaries',
      'BeneficiaryCreateInput',
      Array.from({ length: 120 }, (_, i) => ({
        name: `${rng.pick(['王', '李', '张', '刘', '陈'])}${rng.pick(['小明', '欣怡', '子涵', '浩然'])}${i}`,
        gender: rng.pick(['MALE', 'FEMALE']),
        birthDate: '1990-05-01',
        registeredById: rng.pick(sponsors),
      })),
    );
    const klass = (i: number, status: string) => ({
      projectId: rng.pick(projects),
      venueId: rng.chance(0.8) ? rng.pick(venues) : null,
      name: `${rng.pick(places)}${rng.pick(['托管一班', '托管二班', '书法班', 'Art Class', '围棋班'])}${i}`,
      careType: 'HOLIDAY',
      capacity: 12,
      startsOn: '2025-07-07',
      endsOn: '2025-08-15',
      weekdays: [1, 2, 3, 4, 5],
      dailyStart: '08:30',
      dailyEnd: '17:30',
      status,
    });
    // 60 listed classes; 6 cancelled ones the page's filter leaves out; 2 that are deleted.
    const classes = await createMany(
      'createServiceClasses',
      'ServiceClassCreateInput',
      Array.from({ length: 60 }, (_, i) => klass(i, rng.pick(['OPEN', 'OPEN', 'CLOSED']))),
    );
    const others = await createMany(
      'createServiceClasses',
      'ServiceClassCreateInput',
      Array.from({ length: 8 }, (_, i) => klass(100 + i, 'CANCELLED')),
    );
    await app.ok(`mutation ($ids: [ID!]!) { deleteServiceClasses(ids: $ids) { id } }`, { ids: others.slice(6) });

    // 6 to 10 enrollments per class, in rounds (separate requests, so createdAt differs between rounds).
    const taken = new Map(classes.map((c) => [c, new Set<string>()]));
    const byClass = new Map(classes.map((c) => [c, [] as string[]]));
    for (let round = 0; round < 10; round++) {
      const data = classes
        .filter(() => round < 6 || rng.chance(0.4))
        .map((classId) => {
          let person = rng.pick(people);
          while (taken.get(classId)!.has(person)) person = rng.pick(people);
          taken.get(classId)!.add(person);
          return { classId, beneficiaryId: person, daysBooked: 5 };
        });
      const ids = await insertEnrollments(app, data);
      ids.forEach((id, i) => byClass.get(data[i].classId)!.push(id));
    }
    // One enrollment of every other class is deleted, some are waitlisted: neither may show up wrongly.
    const deleted = classes.filter((_, i) => i % 2 === 0).map((c) => rng.pick(byClass.get(c)!));
    await app.ok(`mutation ($ids: [ID!]!) { deleteEnrollments(ids: $ids) { id } }`, { ids: deleted });
    const all = [...byClass.values()].flat().filter((id) => !deleted.includes(id));
    await app.sql(`update enrollment set status = 'WAITLISTED' where id = any($1)`, [rng.subset(all, 15, 15)]);
    const [{ min }] = await app.sql<{ min: number }>(
      `select min(n)::int as min from (select count(*) as n from enrollment where deleted_at is null group by class_id) s`,
    );
    expect(min).toBeGreaterThanOrEqual(5);

    const statuses = ['OPEN', 'CLOSED'];
    const counts: Record<number, number> = {};
    for (const take of [5, 10, 25, 50]) {
      app.resetStatements();
      const data = await app.ok(ClassListPageDocument, { take, where: { status: { in: statuses as never } } });
      const statements = app.statements.map((s) => s.replace(ANSI_COLOURS, ''));
      counts[take] = statements.length;
      expect(data.serviceClasses).toHaveLength(take);
      expect(data).toEqual(await expectedPage(take, statuses));
      // The list with every relation level and its count in one compiled statement (crud/compile, batch.ts);
      // the caller is known from earlier requests (caller-cache.ts). The entity path with a lookup per request
      // took 9.
      expect({ take, statements: statements.length === 1 ? 'one' : statements }).toEqual({ take, statements: 'one' });
    }
    expect(counts).toEqual({ 5: counts[5], 10: counts[5], 25: counts[5], 50: counts[5] });
  });
});
