import {
  type AttendanceRowInput,
  CancelClassSessionDocument,
  CheckInToSessionDocument,
  CheckOutOfSessionDocument,
  CreateAttendanceDocument,
  DeleteAttendanceDocument,
  MoveSessionDocument,
  RecordAttendanceDocument,
  VerifySessionAttendanceDocument,
} from '../../generated/operations';
import { deliveryKit } from '../../support/delivery';
import { create, sampleInput } from '../../support/fixtures';
import type { GqlResponse } from '../../support/test-app';
import { useWorld } from '../../support/use-app';

/**
 * Attendance through GraphQL against the real database: a whole roster in one transaction, check-in
 * and check-out with the pick-up rule, the database triggers behind them, and verification.
 */
const { app, world } = useWorld();
const kit = () => deliveryKit(app, world);

const ext = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions ?? {};
const record = (s: string, rows: AttendanceRowInput[]) => app.gql(RecordAttendanceDocument, { s, rows });
const live = (sessionId: string) =>
  app.sql<{ enrollment_id: string; status: string; picked_up_by_id: string | null; recorded_by_id: string | null }>(
    `select enrollment_id, status, picked_up_by_id, recorded_by_id from attendance
      where session_id = $1 and deleted_at is null order by enrollment_id`,
    [sessionId],
  );
const sessionStatus = async (id: string) =>
  (await app.sql<{ status: string }>('select status from class_session where id = $1', [id]))[0].status;

/** A class with `n` enrolled children (each with their guardian) and one session on 14 July 2025. */
async function classWithChildren(n: number) {
  const k = kit();
  const cls = await k.klass();
  const session = await k.session(cls, '2025-07-14');
  const children: { child: string; guardian: string; enrollment: string }[] = [];
  for (let i = 0; i < n; i++) {
    const guardian = await k.person({ name: `家长${i}` });
    const child = await k.childOf(guardian);
    children.push({ child, guardian, enrollment: await k.enroll(cls, child, guardian) });
  }
  return { cls, session, children };
}

describe('recordAttendance: a whole roster in one call', () => {
  it('saves every row in one transaction, marks the session held and audits each row', async () => {
    const { session, children } = await classWithChildren(4);
    expect(await sessionStatus(session)).toBe('SCHEDULED');
    const res = await record(
      session,
      children.map((c, i) => ({ enrollmentId: c.enrollment, status: i === 3 ? 'EXCUSED' : 'PRESENT' })),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordAttendance.map((r) => r.status)).toEqual(['PRESENT', 'PRESENT', 'PRESENT', 'EXCUSED']);
    const rows = await live(session);
    expect(rows).toHaveLength(4);
    expect(new Set(rows.map((r) => r.recorded_by_id)).size).toBe(1);
    expect(rows[0].recorded_by_id).toBeTruthy();
    expect(await sessionStatus(session)).toBe('HELD');
    const [{ n }] = await app.sql<{ n: number }>(
      `select count(*)::int as n from audit_event where action = 'recordAttendance' and entity_id = any($1::text[])`,
      [res.data!.recordAttendance.map((r) => r.id)],
    );
    expect(n).toBe(4);
  });

  it('saving again updates the same rows; an omitted field keeps its value and null clears it', async () => {
    const { session, children } = await classWithChildren(2);
    const [a, b] = children.map((c) => c.enrollment);
    await record(session, [
      { enrollmentId: a, status: 'PRESENT', note: '带了水杯' },
      { enrollmentId: b, status: 'ABSENT', note: '未到' },
    ]);
    const again = await record(session, [
      { enrollmentId: a, status: 'LATE' },
      { enrollmentId: b, status: 'EXCUSED', note: null },
    ]);
    expect(again.errors).toBeUndefined();
    expect(again.data!.recordAttendance.map((r) => [r.status, r.note])).toEqual([
      ['LATE', '带了水杯'],
      ['EXCUSED', null],
    ]);
    expect(await live(session)).toHaveLength(2);
  });

  it('refuses the whole roster when one row is wrong, naming the row and field; nothing is written', async () => {
    const { session, children } = await classWithChildren(3);
    const other = await classWithChildren(1);
    const res = await record(session, [
      { enrollmentId: children[0].enrollment, status: 'PRESENT' },
      { enrollmentId: other.children[0].enrollment, status: 'PRESENT' },
      { enrollmentId: children[2].enrollment, status: 'ABSENT', checkInAt: '2025-07-14T00:05:00.000Z' },
    ]);
    expect(ext(res).code).toBe('BAD_USER_INPUT');
    expect(ext(res).fieldErrors).toEqual({
      '1.enrollmentId': '该报名不属于本课次所在的班级',
      '2.checkInAt': '缺勤或请假时不能填写签到、签退时间',
    });
    expect(await live(session)).toHaveLength(0);
    expect(await sessionStatus(session)).toBe('SCHEDULED');
  });

  it('refuses duplicates, waitlisted places, unknown enrollments, times off the session date and empty rosters', async () => {
    const k = kit();
    const cls = await k.klass({ capacity: 1 });
    const session = await k.session(cls, '2025-07-15');
    const first = await k.enroll(cls, await k.childOf(world.parent), world.parent);
    const waiting = await k.enroll(cls, await k.childOf(world.parent), world.parent);
    const dup = await record(session, [
      { enrollmentId: first, status: 'PRESENT' },
      { enrollmentId: first, status: 'ABSENT' },
    ]);
    expect(ext(dup).fieldErrors).toEqual({ '1.enrollmentId': '与第1行重复' });
    const bad = await record(session, [
      { enrollmentId: waiting, status: 'PRESENT' },
      { enrollmentId: '0190a5d0-0000-7000-8000-000000000000', status: 'PRESENT' },
    ]);
    expect(ext(bad).fieldErrors).toEqual({
      '0.enrollmentId': '候补中或未通过的报名不能记录考勤',
      '1.enrollmentId': '报名记录不存在',
    });
    const offDay = await record(session, [
      { enrollmentId: first, status: 'PRESENT', checkInAt: '2025-07-14T00:05:00.000Z' },
    ]);
    expect(ext(offDay).fieldErrors).toEqual({ '0.checkInAt': '签到时间须在课次当天（2025-07-15）' });
    expect(ext(await record(session, [])).fieldErrors).toEqual({ rows: '至少需要一条考勤' });
    expect(await live(session)).toHaveLength(0);
  });

  it('refuses cancelled and future sessions, and sessions out of the caller’s scope answer NOT_FOUND', async () => {
    const { cls, children } = await classWithChildren(1);
    const k = kit();
    const cancelled = await k.session(cls, '2025-07-16');
    await app.ok(CancelClassSessionDocument, { id: cancelled, reason: '暴雨停课' });
    const future = await k.session(cls, '2099-07-16');
    const rows: AttendanceRowInput[] = [{ enrollmentId: children[0].enrollment, status: 'PRESENT' }];
    expect(ext(await record(cancelled, rows)).fieldErrors).toEqual({ sessionId: '课次已取消，不能记录考勤' });
    expect(ext(await record(future, rows)).fieldErrors).toEqual({ sessionId: '课次尚未到来，不能提前记录考勤' });

    const elsewhere = await create(app, 'Organization', { name: '另一区总工会', kind: 'UNION', level: 'DISTRICT' });
    const token = await app.signIn({ username: 'other-staff', role: 'ORG_STAFF', organizationId: elsewhere });
    const res = await app.as(token).gql(RecordAttendanceDocument, { s: cancelled, rows });
    expect(ext(res).code).toBe('NOT_FOUND');
  });

  it('is offered to partners for the projects they operate', async () => {
    const { session, children } = await classWithChildren(1);
    const token = await app.signIn({ username: 'partner-att', role: 'PARTNER', socialGroupId: world.group });
    const res = await app.as(token).gql(RecordAttendanceDocument, {
      s: session,
      rows: [{ enrollmentId: children[0].enrollment, status: 'PRESENT' }],
    });
    expect(res.errors).toBeUndefined();
    expect(await live(session)).toHaveLength(1);
  });
});

describe('checkIn and checkOut', () => {
  it('checks in on time as PRESENT and more than 15 minutes late as LATE; twice is a CONFLICT', async () => {
    const { session, children } = await classWithChildren(2);
    const onTime = await app.ok(CheckInToSessionDocument, {
      s: session,
      e: children[0].enrollment,
      at: '2025-07-14T00:15:00.000Z', // 08:15 in China, 15 minutes after the start
    });
    expect(onTime.checkIn).toMatchObject({ status: 'PRESENT', checkInAt: '2025-07-14T00:15:00.000Z' });
    const late = await app.ok(CheckInToSessionDocument, {
      s: session,
      e: children[1].enrollment,
      at: '2025-07-14T00:16:00.000Z',
    });
    expect(late.checkIn.status).toBe('LATE');
    const twice = await app.gql(CheckInToSessionDocument, {
      s: session,
      e: children[0].enrollment,
      at: '2025-07-14T00:20:00.000Z',
    });
    expect(ext(twice).code).toBe('CONFLICT');
    expect(await sessionStatus(session)).toBe('HELD');
  });

  it('lets a child go only with a registered guardian who may pick up, and says why otherwise', async () => {
    const { session, children } = await classWithChildren(1);
    const [{ child, guardian, enrollment }] = children;
    const stranger = await kit().person({ name: '陌生人' });
    const grandma = await kit().person({ name: '奶奶' });
    await create(app, 'Guardianship', {
      ...sampleInput('Guardianship', { ...world, parent: grandma, child }),
      relation: 'GRANDPARENT',
      isPrimary: false,
      mayPickUp: false,
    });
    const out = (p: string | null, at = '2025-07-14T09:30:00.000Z') =>
      app.gql(CheckOutOfSessionDocument, { s: session, e: enrollment, p, at });

    expect(ext(await out(guardian)).fieldErrors).toEqual({ enrollmentId: '尚未签到，不能签退' });
    await app.ok(CheckInToSessionDocument, { s: session, e: enrollment, at: '2025-07-14T00:05:00.000Z' });
    expect(ext(await out(null)).fieldErrors).toEqual({ pickedUpById: '未满14周岁的儿童签退时须登记接走孩子的监护人' });
    expect(ext(await out(stranger)).fieldErrors).toEqual({
      pickedUpById: '接送人不是该服务对象登记的监护人，不能接走',
    });
    expect(ext(await out(grandma)).fieldErrors).toEqual({
      pickedUpById: '该监护人未获授权接送（“可接送”未勾选），不能接走',
    });
    expect(ext(await out(guardian, '2025-07-13T23:00:00.000Z')).fieldErrors).toEqual({
      checkOutAt: '签退时间不能早于签到时间',
    });
    const [before] = await live(session);
    expect(before.picked_up_by_id).toBeNull();

    const ok = await out(guardian);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.checkOut).toMatchObject({ pickedUpById: guardian, checkOutAt: '2025-07-14T09:30:00.000Z' });
    expect(ext(await out(guardian)).code).toBe('CONFLICT');
    const [after] = await live(session);
    expect(after.picked_up_by_id).toBe(guardian);
  });

  it('lets an adult check out without a pick-up person', async () => {
    const k = kit();
    const cls = await k.klass({ minAgeMonths: null, maxAgeMonths: null });
    const session = await k.session(cls, '2025-07-14');
    const adult = await k.person();
    const e = await k.enroll(cls, adult);
    await app.ok(CheckInToSessionDocument, { s: session, e, at: '2025-07-14T00:00:00.000Z' });
    const res = await app.gql(CheckOutOfSessionDocument, { s: session, e, p: null, at: '2025-07-14T09:00:00.000Z' });
    expect(res.errors).toBeUndefined();
  });
});

describe('check-in and check-out within the session’s hours', () => {
  // The session of classWithChildren runs 08:00–17:30 China time (00:00–09:30 UTC) on 14 July 2025.
  it('refuses a check-in before 07:00 or after the end, in Chinese, and stores nothing', async () => {
    const { session, children } = await classWithChildren(1);
    const e = children[0].enrollment;
    const early = await app.gql(CheckInToSessionDocument, { s: session, e, at: '2025-07-13T22:59:00.000Z' }); // 06:59
    expect(ext(early).code).toBe('BAD_USER_INPUT');
    expect(ext(early).fieldErrors).toEqual({ checkInAt: '签到时间须在 07:00–17:30 之间（课次 08:00–17:30）' });
    const evening = await app.gql(CheckInToSessionDocument, { s: session, e, at: '2025-07-14T10:54:00.000Z' }); // 18:54
    expect(ext(evening).fieldErrors).toEqual({ checkInAt: '签到时间须在 07:00–17:30 之间（课次 08:00–17:30）' });
    expect(await live(session)).toHaveLength(0);
    const dropOff = await app.ok(CheckInToSessionDocument, { s: session, e, at: '2025-07-13T23:00:00.000Z' });
    expect(dropOff.checkIn.status).toBe('PRESENT');
  });

  it('marks a late check-in LATE whatever the writer says, and an early check-out as leaving early', async () => {
    const { session, children } = await classWithChildren(2);
    const [a, b] = children;
    // The generic create, as an import or another client would write it: PRESENT at 10:00 is late.
    const created = await app.gql(CreateAttendanceDocument, {
      data: {
        sessionId: session,
        enrollmentId: a.enrollment,
        status: 'PRESENT',
        checkInAt: '2025-07-14T02:00:00.000Z',
      },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createAttendance.status).toBe('LATE');
    await app.ok(CheckInToSessionDocument, { s: session, e: b.enrollment, at: '2025-07-14T00:00:00.000Z' });
    const out = (at: string) => app.gql(CheckOutOfSessionDocument, { s: session, e: b.enrollment, p: b.guardian, at });
    // 20:31 is more than three hours after 17:30.
    expect(ext(await out('2025-07-14T12:31:00.000Z')).fieldErrors).toEqual({
      checkOutAt: '签退时间不能晚于 20:30（课次结束后3小时）',
    });
    const left = await out('2025-07-14T08:00:00.000Z'); // 16:00, 90 minutes before the end
    expect(left.errors).toBeUndefined();
    expect(left.data!.checkOut.leftEarly).toBe(true);
    const [row] = await app.sql<{ left_early: boolean }>('select left_early from attendance where enrollment_id = $1', [
      b.enrollment,
    ]);
    expect(row.left_early).toBe(true);
  });
});

describe('the database keeps the attendance rules whatever client writes', () => {
  const insert = (session: string, enrollment: string, pickedUpBy: string | null) =>
    app
      .sql(
        `insert into attendance (id, session_id, enrollment_id, status, picked_up_by_id)
         values (gen_random_uuid(), $1, $2, 'PRESENT', $3)`,
        [session, enrollment, pickedUpBy],
      )
      .then(
        () => 'inserted',
        (e: { constraint?: string }) => e.constraint,
      );

  it('refuses a pick-up by someone not allowed and an enrollment of another class', async () => {
    const { session, children } = await classWithChildren(1);
    const other = await classWithChildren(1);
    const stranger = await kit().person({ name: '陌生人' });
    const { enrollment, guardian } = children[0];
    expect(await insert(session, enrollment, stranger)).toBe('attendance_picked_up_by_id_authorized');
    expect(await insert(session, other.children[0].enrollment, null)).toBe('attendance_enrollment_id_class_match');
    expect(await insert(session, enrollment, guardian)).toBe('inserted');
  });
});

describe('session_day: the session’s date on every row, the key a partitioning by month needs', () => {
  const days = async (session: string) =>
    (
      await app.sql<{ d: string }>(
        `select to_char(session_day, 'YYYY-MM-DD') d from attendance where session_id = $1 order by d`,
        [session],
      )
    ).map((r) => r.d);

  it('is the session’s date whoever writes, and follows the session when its date changes', async () => {
    const { session, children } = await classWithChildren(2);
    expect(
      (await record(session, [{ enrollmentId: children[0].enrollment, status: 'PRESENT' }])).errors,
    ).toBeUndefined();
    // A client writing SQL cannot file a row under another day.
    await app.sql(
      `insert into attendance (id, session_id, session_day, enrollment_id, status)
       values (gen_random_uuid(), $1, '2030-01-01', $2, 'ABSENT')`,
      [session, children[1].enrollment],
    );
    expect(await days(session)).toEqual(['2025-07-14', '2025-07-14']);
    const moved = await app.gql(MoveSessionDocument, { id: session, date: '2025-07-21' });
    expect(moved.errors).toBeUndefined();
    expect(await days(session)).toEqual(['2025-07-21', '2025-07-21']);
  });

  it('is in the primary key and in the one-live-row key, as a partitioned table’s keys must be', async () => {
    const keys = await app.sql<{ name: string; cols: string[] }>(
      `select i.indexrelid::regclass::text as name, array_agg(a.attname::text order by k.n) as cols
         from pg_index i
         cross join lateral unnest(i.indkey) with ordinality k(attnum, n)
         join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
        where i.indrelid = 'attendance'::regclass and i.indisunique
        group by 1 order by 1`,
    );
    expect(keys).toEqual([
      { name: 'attendance_enrollment_id_live_unique', cols: ['session_id', 'enrollment_id', 'session_day'] },
      { name: 'attendance_pkey', cols: ['id', 'session_day'] },
    ]);
  });
});

describe('verifySessionAttendance (考勤核验)', () => {
  it('is for the sponsor’s staff; a verified roster is frozen for every client', async () => {
    const { session, children } = await classWithChildren(2);
    const { session: scheduled } = await classWithChildren(0);
    expect(ext(await app.gql(VerifySessionAttendanceDocument, { s: scheduled })).code).toBe('BAD_USER_INPUT');

    await record(session, [{ enrollmentId: children[0].enrollment, status: 'PRESENT' }]);
    const partner = await app.signIn({ username: 'partner-verify', role: 'PARTNER', socialGroupId: world.group });
    expect(ext(await app.as(partner).gql(VerifySessionAttendanceDocument, { s: session })).code).toBe('FORBIDDEN');

    const staff = await app.signIn({ username: 'staff-verify', role: 'ORG_STAFF', organizationId: world.district });
    const verified = await app.as(staff).ok(VerifySessionAttendanceDocument, { s: session });
    expect(verified.verifySessionAttendance.attendanceVerifiedAt).toBeTruthy();
    expect(verified.verifySessionAttendance.attendanceVerifiedById).toBeTruthy();
    expect(ext(await app.gql(VerifySessionAttendanceDocument, { s: session })).code).toBe('CONFLICT');

    const change = await record(session, [{ enrollmentId: children[1].enrollment, status: 'PRESENT' }]);
    expect(ext(change).fieldErrors).toEqual({ sessionId: '本课次考勤已核验，不能再修改' });
    const [row] = await app.sql<{ id: string }>('select id from attendance where session_id = $1', [session]);
    const del = await app.gql(DeleteAttendanceDocument, { id: row.id });
    expect(ext(del).code).toBe('BAD_USER_INPUT');
    await expect(app.sql(`update attendance set status = 'ABSENT' where id = $1`, [row.id])).rejects.toMatchObject({
      constraint: 'attendance_session_id_verified',
    });
    expect((await live(session)).map((r) => r.status)).toEqual(['PRESENT']);
  });
});
