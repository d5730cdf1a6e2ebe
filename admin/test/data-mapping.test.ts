import { HttpError } from 'ra-core';
import { toHttpError } from '../src/data/errors';
import { displaySelection, metaOf, representation, selectionOf } from '../src/data/selection';
import { toWhere } from '../src/data/where';
import { ageText } from '../src/ui/age-text';
import { changedData, createData, stripTypename } from '../src/data/write-data';

/** The data provider's mapping between react-admin and the API grammar (the browser tests drive it end to end). */
describe('data mapping', () => {
  const project = metaOf('ServiceProject');

  it('filters: search box, equality, text contains, ranges, lists; a day bound on a date-time is a China day', () => {
    expect(
      toWhere(project, {
        q: ' 托管 ',
        status: 'ACTIVE',
        name: '暑期',
        startsOn_gte: '2025-01-01',
        startsOn_lte: '2025-12-31',
      }),
    ).toEqual({
      search: '托管',
      where: {
        status: { equals: 'ACTIVE' },
        name: { contains: '暑期' },
        startsOn: { gte: '2025-01-01' },
        AND: [{ startsOn: { lte: '2025-12-31' } }],
      },
    });
    expect(toWhere(project, { id: ['a', 'b'], targetCategories: 'CHILD', sponsorId: '' })).toEqual({
      search: null,
      where: { id: { in: ['a', 'b'] }, targetCategories: { hasSome: ['CHILD'] } },
    });
    expect(toWhere(metaOf('Enrollment'), { enrolledAt_gte: '2025-07-01' }).where).toEqual({
      enrolledAt: { gte: '2025-06-30T16:00:00.000Z' },
    });
    expect(toWhere(metaOf('Guardianship'), { q: 'x' }).search).toBeNull(); // nothing to search in
  });

  it('writes: only writable fields on create, only changed ones on update, empty text as null', () => {
    expect(createData(project, { name: 'a', status: 'ACTIVE', id: 'x', sponsor: { id: 's' }, brand: '' })).toEqual({
      name: 'a',
      brand: null,
    });
    const previous = { id: '1', version: 3, name: 'a', budgetFen: 100, targetCategories: ['CHILD'], status: 'DRAFT' };
    expect(changedData(project, { ...previous, name: 'b', targetCategories: ['CHILD'] }, previous)).toEqual({
      name: 'b',
    });
    const person = { idNumber: '**************1234', phone: '139****1382', name: '白' };
    expect(changedData(metaOf('Beneficiary'), { ...person, name: '白可' }, person)).toEqual({ name: '白可' });
    expect(stripTypename({ __typename: 'X', a: [{ __typename: 'Y', b: 1 }] })).toEqual({ a: [{ b: 1 }] });
  });

  it('selection: personal fields only for users who may read them', () => {
    const access = (readable: string[]) => ({
      me: { id: 'u' } as never,
      resources: { Beneficiary: { permissions: {} as never, readable: new Set(readable) } },
    });
    expect(selectionOf(access(['gender']), 'Beneficiary')).not.toMatch(/\bname\b|idNumber|phone/);
    expect(selectionOf(access(['name', 'idNumber', 'gender']), 'Beneficiary')).toMatch(/\bname\b.*idNumber/);
    expect(selectionOf(null, 'ServiceClass')).toContain('project { id name }');
  });

  it('titles: a record without a name of its own is named by what it joins, never by its id', () => {
    // 考勤: the person, the session's date and the class, one nested selection.
    const staff = {
      me: { id: 'u' } as never,
      resources: { Beneficiary: { permissions: {} as never, readable: new Set(['name']) } },
    };
    expect(displaySelection(staff, 'Attendance')).toBe(
      'id enrollment { id beneficiary { id name } } session { id date serviceClass { id name } }',
    );
    const row = {
      id: '6b0c…',
      enrollment: { id: 'e', beneficiary: { id: 'b', name: '张*明' } },
      session: { id: 's', date: '2026-07-01', serviceClass: { id: 'c', name: '暑期托管班' } },
    };
    expect(representation('Attendance', row)).toBe('张*明 · 2026/07/01 · 暑期托管班');
    expect(representation('Enrollment', { id: 'x', beneficiary: null, serviceClass: { name: '兴趣班' } })).toBe(
      '兴趣班',
    );
    // Who may not read a person's name (analysts) is not asked for it, and sees the rest of the title.
    const noNames = {
      me: { id: 'u' } as never,
      resources: { Beneficiary: { permissions: {} as never, readable: new Set(['gender']) } },
    };
    expect(displaySelection(noNames, 'Enrollment')).toBe('id serviceClass { id name }');
    // A session is its date and class, not its topic.
    expect(
      representation('ClassSession', { id: 's', date: '2026-07-02', topic: '手工', serviceClass: { name: '托管班' } }),
    ).toBe('2026/07/02 · 托管班');
  });

  it('ages kept in months read as people say them', () => {
    const t = (key: string, o: Record<string, unknown> = {}) =>
      ({
        'linli.age.years': `${o.years}岁`,
        'linli.age.months': `${o.months}个月`,
        'linli.age.years_months': `${o.years}岁${o.months}个月`,
      })[key] ?? key;
    expect([null, 0, 6, 12, 30, 72, 155].map((m) => ageText(m, t))).toEqual([
      '—',
      '0个月',
      '6个月',
      '1岁',
      '2岁6个月',
      '6岁',
      '12岁11个月',
    ]);
  });

  it('internal values are never asked for or shown: an enrollment has no idempotency key on screen', () => {
    expect(metaOf('Enrollment').fields.map((f) => f.name)).not.toContain('idempotencyKey');
    expect(metaOf('AuditEvent').fields.map((f) => f.name)).not.toContain('requestId');
    expect(selectionOf(null, 'Enrollment')).not.toContain('idempotencyKey');
  });

  it('errors: field errors on inputs, CONFLICT asks to refresh, UNAUTHENTICATED 401, FORBIDDEN 403', () => {
    const gql = (code: string, message: string, fieldErrors?: Record<string, string>) =>
      new HttpError(message, 200, { graphQLErrors: [{ message, extensions: { code, fieldErrors } }] });
    const bad = toHttpError(gql('BAD_USER_INPUT', '输入有误', { endsOn: '不符合规则' })) as HttpError;
    expect([bad.status, bad.body]).toEqual([
      400,
      { errors: { endsOn: '不符合规则', root: { serverError: '输入有误' } } },
    ]);
    const stale = toHttpError(gql('CONFLICT', '记录已被他人修改，请刷新后重试')) as HttpError;
    expect([stale.status, stale.message]).toEqual([409, 'linli.errors.conflict']);
    expect((toHttpError(gql('UNAUTHENTICATED', '请先登录')) as HttpError).status).toBe(401);
    expect((toHttpError(gql('FORBIDDEN', '无权查看个人信息')) as HttpError).status).toBe(403);
  });
});

describe('formatting in the app’s language and China time', () => {
  it('does not depend on the machine’s time zone or language', async () => {
    const { formatters } = await import('../src/ui/formatters');
    const zh = formatters('zh');
    expect(zh.datetime('2025-07-13T02:00:00.000Z')).toBe('2025/07/13 10:00');
    expect(zh.clock('2025-07-13T02:00:09.500Z')).toBe('10:00:09');
    expect(zh.date('2025-07-14')).toBe('2025/07/14');
    expect(zh.money(13000)).toBe('¥130.00');
    expect(zh.percent(5000)).toBe('50%');
    expect(formatters('en').date('2025-07-14')).toBe('14/07/2025');
  });
});
