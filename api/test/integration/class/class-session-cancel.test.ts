import { uuidv7 } from 'uuidv7';
import { SetSessionTopicDocument, SetSessionTopicsDocument } from '../../generated/operations';
import { CANCEL, code, sessionHelpers } from '../../support/sessions';
import { useWorld } from '../../support/use-app';

/**
 * cancelClassSession through GraphQL: a cancelled session keeps its attendance and its place in the
 * schedule (regeneration neither resurrects nor duplicates it); twice, or once its attendance is
 * verified, is a CONFLICT.
 */
const { app, world } = useWorld();
const { generated, klass, attend, liveAttendance } = sessionHelpers(app, world);

describe('cancelClassSession', () => {
  it('cancels with a reason, keeps the attendance, refuses twice, and regeneration keeps it cancelled', async () => {
    const id = await klass();
    const first = await generated(id, false);
    const session = first.sessions.find((s) => s.date === '2025-07-16')!.sessionId!;
    await attend(session, id);
    const res = await app.gql(CANCEL, {
      id: session,
      reason: '暴雨预警停课',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.r).toMatchObject({ status: 'CANCELLED', cancelReason: '暴雨预警停课' });
    expect(await liveAttendance(session)).toBe(1);
    expect(
      await app.sql(`select action, changed_fields from audit_event where entity_id = $1 and action = 'cancel'`, [
        session,
      ]),
    ).toEqual([{ action: 'cancel', changed_fields: ['status', 'cancelReason', 'cancelledAt'] }]);

    const twice = await app.gql(CANCEL, { id: session });
    expect(code(twice)).toBe('CONFLICT');
    expect(twice.errors?.[0].message).toBe('该课次已取消，不能重复取消');

    const again = await generated(id, false);
    expect(again).toMatchObject({ created: 0, existing: 10 });
    expect(again.sessions.find((s) => s.date === '2025-07-16')).toMatchObject({
      sessionId: session,
      state: 'EXISTING',
      status: 'CANCELLED',
    });
    const onThatDay = await app.sql('select id, status from class_session where class_id = $1 and date = $2', [
      id,
      '2025-07-16',
    ]);
    expect(onThatDay).toEqual([{ id: session, status: 'CANCELLED' }]);
  });

  it('refuses a session whose attendance is verified, and an unknown one is NOT_FOUND', async () => {
    const id = await klass({ endsOn: '2025-07-15' });
    const [held, verified] = (await generated(id, false)).sessions.map((s) => s.sessionId!);
    await attend(held, id);
    await attend(verified, id);
    await app.sql(`update class_session set attendance_verified_at = now() where id = $1`, [verified]);
    const res = await app.gql(CANCEL, { id: verified });
    expect(code(res)).toBe('CONFLICT');
    expect(res.errors?.[0].message).toBe('该课次考勤已核验，不能取消');
    // Held but not yet verified: it may still be called off, its attendance kept.
    const statuses = await app.sql<{ status: string }>('select status from class_session where id = $1', [held]);
    expect(statuses).toEqual([{ status: 'HELD' }]);
    expect((await app.gql(CANCEL, { id: held })).data?.r.status).toBe('CANCELLED');
    expect(await liveAttendance(held)).toBe(1);
    expect(code(await app.gql(CANCEL, { id: uuidv7() }))).toBe('NOT_FOUND');
  });

  it('refuses edits of a verified or cancelled session (one or in bulk), and allows them before', async () => {
    const id = await klass({ endsOn: '2025-07-16' });
    const [open, verified, cancelled] = (await generated(id, false)).sessions.map((s) => s.sessionId!);
    await attend(verified, id);
    await app.sql(`update class_session set attendance_verified_at = now() where id = $1`, [verified]);
    expect((await app.gql(CANCEL, { id: cancelled, reason: '场地维修' })).errors).toBeUndefined();

    const ok = await app.gql(SetSessionTopicDocument, { id: open, topic: '参观劳模工匠馆' });
    expect(ok.data?.updateClassSession.topic).toBe('参观劳模工匠馆');
    for (const [session, message] of [
      [verified, '已核验的课次不能修改'],
      [cancelled, '已取消的课次不能修改'],
    ]) {
      const res = await app.gql(SetSessionTopicDocument, { id: session, topic: '改' });
      expect(code(res)).toBe('CONFLICT');
      expect(res.errors?.[0].message).toBe(message);
    }
    const bulk = await app.gql(SetSessionTopicsDocument, { ids: [open, verified], topic: '批量' });
    expect(code(bulk)).toBe('CONFLICT');
    const topics = await app.sql<{ id: string; topic: string | null }>(
      'select id, topic from class_session where id = any($1) order by date',
      [[open, verified, cancelled]],
    );
    expect(topics.map((t) => t.topic)).toEqual(['参观劳模工匠馆', null, null]);
  });
});
