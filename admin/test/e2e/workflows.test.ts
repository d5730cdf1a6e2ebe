import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { useConsole } from '../support/use-console';
import { setUpWorkflow } from '../support/workflow-setup';

/**
 * The workflow screens in a real browser against the real API: district staff (xishan-staff) submit a
 * street union's project and approve it in their inbox (a stale move is refused with its Chinese
 * message), generate a class's sessions with a preview, enroll children until the waitlist appears,
 * record a session's roll call with 全部出勤 and one save, check a child out with an authorised
 * guardian after a refusal for an unauthorised one, and see the dashboard's person-times rise (read for
 * the class's days, a custom period: they may straddle a new year); a verified session offers no 编辑;
 * a partner and an analyst see what they may (the analyst: the dashboard only, small cells as "<5").
 */
const { api, page, url, menuItem, signIn, signOut, expectChinese, sidewaysOverflow, listTotal, fillPicker } =
  useConsole();
type Setup = Awaited<ReturnType<typeof setUpWorkflow>>;
let s: Setup;
const dialog = () => page.getByRole('dialog');
/** The dashboard shows the report of these days (the period line says so and nothing is loading). */
const periodShown = async (from: string, to: string) => {
  const day = (d: string) => d.replaceAll('-', '/');
  await page
    .getByTestId('dashboard-period')
    .getByText(`${day(from)} 至 ${day(to)} · 数据截至`)
    .waitFor();
  await page.waitForFunction(() => !document.querySelector('.MuiLinearProgress-indeterminate'));
};
/** The dashboard shows last year's report. */
const lastYearShown = async () => {
  const year = Number(s.today.slice(0, 4)) - 1;
  await periodShown(`${year}-01-01`, `${year}-12-31`);
};
/** The demo's figures lie in 2025: the suite loads it as of 2025-08-15 (DEMO_DATE, support/api-server.ts). */
const DEMO_YEAR = 2025;
/** The dashboard set to a calendar year through 自定义 (上年度 holds the demo's year only during 2026). */
const showYear = async (year: number) => {
  await page.locator('.MuiSelect-select').first().click();
  await page.getByRole('option', { name: '自定义' }).click();
  await fillPicker('from', `${year}-01-01`);
  await fillPicker('to', `${year}-12-31`);
  await periodShown(`${year}-01-01`, `${year}-12-31`);
};
/** The dashboard set to the class's days (自定义), whatever year each falls in. */
const showSessionsPeriod = async () => {
  const { from, to } = s.dates.period;
  await page.locator('.MuiSelect-select').first().click();
  await page.getByRole('option', { name: '自定义' }).click();
  await fillPicker('from', from);
  await fillPicker('to', to);
  await periodShown(from, to);
};
/** The 汇总 sheet of the ledger 导出台账 saves (its rows as arrays of cell values), under the name expected. */
const exportedSummary = async (filename: string) => {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出台账' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(filename);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await download.path());
  expect(book.worksheets.map((w) => w.name)).toEqual(['汇总', '按月', '按下级组织', '按项目类别']);
  return Array.from(book.getWorksheet('汇总')!.getSheetValues(), (r) => (Array.isArray(r) ? r : []));
};
/** A session's attendance rows as the API holds them (read as district staff). */
const attendanceOf = async (sessionId: string) =>
  (
    await api.gql<{
      attendanceRecords: {
        status: string;
        note: string | null;
        pickedUpById: string | null;
        checkInAt: string | null;
        checkOutAt: string | null;
        enrollment: { beneficiaryId: string };
      }[];
    }>(
      `query ($id: ID!) { attendanceRecords(where: { sessionId: { equals: $id } }) {
        status note pickedUpById checkInAt checkOutAt enrollment { beneficiaryId } } }`,
      { id: sessionId },
      'xishan-staff',
    )
  ).attendanceRecords;
/** 服务人次 of a period and scope (default: the caller's) as the API reports it to district staff. */
const personTimesOf = async (from: string, to: string, scopeId?: string) =>
  (
    await api.gql<{ report: { totals: { personTimes: number } } }>(
      `query ($from: LocalDate!, $to: LocalDate!, $scopeId: ID) { report(from: $from, to: $to, scopeId: $scopeId, fresh: true) { totals { personTimes } } }`,
      { from, to, scopeId },
      'xishan-staff',
    )
  ).report.totals.personTimes;
const kpi = async (measure: string) =>
  (await page.getByTestId(`kpi-${measure}`).locator('.MuiTypography-h5').innerText()).replace(/[,，]/g, '');

describe('district staff (xishan-staff): approvals, sessions, enrollment, roll call, dashboard', () => {
  /** 服务人次 over the class's days (s.dates.period), of the district and of the street union sponsoring the
   * test project, before anything was recorded. */
  let personTimesBefore = 0;
  let fuhaiBefore = 0;

  beforeAll(async () => {
    s = await setUpWorkflow(api);
  }, 60_000);

  it('lands on the dashboard, its figures labelled with what they count', async () => {
    await signIn('xishan-staff');
    await page.getByTestId('kpi-personTimes').waitFor();
    await page.getByText('去重人数：期间内至少出勤或接受服务一次的人').waitFor();
    // 今日待办 first: the approvals waiting for the district, the overdue ones said, also as the menu's badge.
    const { pendingApprovalsCount } = await api.gql<{ pendingApprovalsCount: number }>(
      `{ pendingApprovalsCount }`,
      {},
      'xishan-staff',
    );
    expect(pendingApprovalsCount).toBeGreaterThan(0);
    const inbox = page.getByTestId('today-approvals');
    await inbox.getByText(`待审批 ${pendingApprovalsCount} 项`).waitFor();
    await inbox.getByText(/已逾期 \d+ 项/).waitFor();
    expect(await page.getByTestId('approvals-badge').innerText()).toContain(String(pendingApprovalsCount));
    const { enrollmentsCount } = await api.gql<{ enrollmentsCount: number }>(
      `{ enrollmentsCount(where: { status: { equals: WAITLISTED } }) }`,
      {},
      'xishan-staff',
    );
    if (enrollmentsCount > 0) {
      await page.getByTestId('today-waitlist').getByText(`候补中 ${enrollmentsCount} 人`).waitFor();
      await page.getByTestId('today-waitlist').click();
      await page.waitForURL(/\/Enrollment\?filter=/);
      expect(await listTotal()).toBe(enrollmentsCount);
      await page.goBack();
      await page.getByTestId('kpi-personTimes').waitFor();
    }
    const { from, to } = s.dates.period;
    await showSessionsPeriod();
    personTimesBefore = Number(await kpi('personTimes'));
    expect(personTimesBefore).toBe(await personTimesOf(from, to));
    fuhaiBefore = await personTimesOf(from, to, s.sponsorId);
    // 上年度 reads last year; the demo's year holds its summer: figures, charts by month, area and category.
    await page.locator('.MuiSelect-select').first().click();
    await page.getByRole('option', { name: '上年度' }).click();
    await lastYearShown();
    await showYear(DEMO_YEAR);
    expect(Number(await kpi('peopleServed'))).toBeGreaterThan(0);
    await expectChinese('20-dashboard', { fullPage: true });
    // 导出台账 saves the ledger of what is shown, under its Chinese name; its 合计 row holds the page's figure.
    const year = DEMO_YEAR;
    const summary = await exportedSummary(`服务统计台账_西山区总工会_${year}-01-01_${year}-12-31.xlsx`);
    expect(summary.find((r) => r.includes('合计'))).toContain(Number(await kpi('personTimes')));
  });

  it('submits a street union’s project and approves it in the inbox; a stale move shows the API’s reason', async () => {
    await page.goto(url(`/ServiceProject/${s.projectId}/show`));
    await page.getByRole('button', { name: '提交审批' }).click();
    await dialog().getByRole('button', { name: '提交审批' }).click();
    await page.getByText('待审批').first().waitFor();

    // The inbox on a phone (390×844): one card per step, 批准/驳回 on screen, nothing scrolling sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url('/approvals'));
    const approval = (name: RegExp) => page.getByTestId('approval-row').filter({ hasText: name });
    const row = approval(/界面测试·社区暑托班/);
    await row.waitFor();
    await approval(/福海街道职工子女周末阅读营/)
      .getByText(/已逾期 \d+ 天/)
      .waitFor();
    expect(await sidewaysOverflow()).toEqual([]);
    await expectChinese('22-approvals-phone');
    // A rejection needs a reason.
    await approval(/前卫街道/)
      .getByRole('button', { name: '驳回' })
      .click();
    expect(await dialog().getByRole('button', { name: '驳回' }).isDisabled()).toBe(true);
    await dialog().locator('textarea[name=comment]').fill('请补充场地安全预案后重新提交');
    await dialog().getByRole('button', { name: '驳回' }).click();
    await page.getByText(/^已驳回“前卫街道/).waitFor();
    await approval(/前卫街道/).waitFor({ state: 'detached' });
    await row.getByRole('button', { name: '批准' }).click();
    await dialog().locator('textarea[name=comment]').fill('同意开展');
    await expectChinese('23-approve-dialog-phone');
    await dialog().getByRole('button', { name: '批准' }).click();
    await page.getByText('已批准“界面测试·社区暑托班”').waitFor();
    await row.waitFor({ state: 'detached' });
    await page.setViewportSize({ width: 1400, height: 900 });
    // Both decisions are on record with their comments, and each project moved.
    const { approvalSteps } = await api.gql<{
      approvalSteps: { decision: string; comment: string | null; project: { name: string; status: string } }[];
    }>(
      `{ approvalSteps(where: { decidedAt: { isNull: false } }, orderBy: [{ decidedAt: DESC }], take: 2) {
        decision comment project { name status } } }`,
      {},
      'xishan-staff',
    );
    expect(approvalSteps.map((a) => [a.decision, a.comment, a.project.status])).toEqual([
      ['APPROVED', '同意开展', 'APPROVED'],
      ['REJECTED', '请补充场地安全预案后重新提交', 'REJECTED'],
    ]);
    expect(approvalSteps[0].project.name).toBe('界面测试·社区暑托班');
    expect(approvalSteps[1].project.name).toMatch(/^前卫街道/);

    await page.goto(url(`/ServiceProject/${s.projectId}/show`));
    await page.getByRole('button', { name: '启动实施' }).waitFor();
    // Someone else starts it meanwhile: the second start is refused with the API's Chinese reason.
    await api.gql(
      `mutation ($id: ID!) { activateServiceProject(id: $id) { id } }`,
      { id: s.projectId },
      'xishan-staff',
    );
    await page.getByRole('button', { name: '启动实施' }).click();
    await dialog().getByRole('button', { name: '启动实施' }).click();
    await page.getByText(/项目当前状态为“进行中”，不能启动实施/).waitFor();
    await page.getByRole('button', { name: '结项' }).waitFor();
    await page.getByRole('tab', { name: '审批环节' }).click();
    await page.getByText('已同意').first().waitFor();
    await page.getByRole('tab', { name: '项目概况' }).click();
    await page.getByTestId('project-rollup').getByText('招收名额').waitFor();
    await expectChinese('24-project-overview');
  });

  it('generates the class’s sessions after a preview, a holiday skipped', async () => {
    await page.goto(url(`/ServiceClass/${s.classId}/sessions`));
    await fillPicker('skipDate', s.dates.skipDate);
    await page.getByRole('button', { name: '添加' }).click();
    await page.getByRole('button', { name: '预览' }).click();
    await page.getByTestId('generation-counts').getByText('新增 7').waitFor();
    await page.getByTestId('generation-counts').getByText('跳过 1').waitFor();
    await expectChinese('25-sessions-preview');
    await page.getByRole('button', { name: '生成课次' }).click();
    await page.getByTestId('generation-done').waitFor();
    const { serviceClass } = await api.gql<{ serviceClass: { sessionsCount: number } }>(
      `query ($id: ID!) { serviceClass(id: $id) { sessionsCount } }`,
      { id: s.classId },
      'xishan-staff',
    );
    expect(serviceClass.sessionsCount).toBe(7);
  });

  it('enrolls children until the waitlist appears, with the fee split in 元', async () => {
    await page.goto(url(`/ServiceClass/${s.classId}/show/enrollments`));
    for (const [i, child] of s.children.entries()) {
      await page.getByRole('button', { name: '报名', exact: true }).click();
      await dialog().locator('input[name=beneficiaryId]').fill(child.name);
      await page
        .getByRole('option', { name: new RegExp(`^${child.name}（`) })
        .first()
        .click();
      await dialog()
        .locator('#mui-component-select-applicantId, [name=applicantId]')
        .first()
        .waitFor({ state: 'attached' });
      await dialog().getByRole('button', { name: '确认报名' }).click();
      await dialog().getByTestId('enroll-result').waitFor();
      if (i < 2) await dialog().getByText(`${child.name} 报名成功`).waitFor();
      else {
        await dialog().getByText(`名额已满：${child.name} 已进入候补名单，排第 1 位`).waitFor();
        await dialog().getByText('已报名 2 / 名额 2，候补 1 人').waitFor();
        await expectChinese('26-enroll-waitlisted');
      }
      await dialog().getByRole('button', { name: '关闭' }).click();
    }
    await page.getByTestId('enrollments').getByText('候补第 1 位').waitFor();
    await expectChinese('27-enrollments');
  });

  it('shows a class’s enrollments and sessions on a phone without sideways scrolling, 点名 on screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url(`/ServiceClass/${s.classId}/show/enrollments`));
    await page.getByTestId('enrollment-row').filter({ hasText: '候补第 1 位' }).waitFor();
    expect(await page.getByTestId('enrollment-row').count()).toBe(3);
    expect(await sidewaysOverflow()).toEqual([]);
    await expectChinese('27b-enrollments-phone', { fullPage: true });
    await page.goto(url(`/ServiceClass/${s.classId}/show/sessions`));
    const yesterday = s.dates.rollCall.replaceAll('-', '/');
    const roster = page.getByRole('row', { name: new RegExp(yesterday) }).getByRole('link', { name: '点名' });
    await roster.waitFor();
    const box = (await roster.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await sidewaysOverflow()).toEqual([]);
    // Icons only on a phone: 取消课次 is not a thumb's width from 点名 (it stays on the session's page).
    expect(
      await page
        .getByRole('row', { name: new RegExp(yesterday) })
        .getByLabel('取消课次')
        .count(),
    ).toBe(0);
    await expectChinese('27c-class-sessions-phone', { fullPage: true });
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  it('offers no roster import or new sessions for a class that has ended', async () => {
    // A copy of the test's class, closed (报名截止).
    const { serviceClass: c } = await api.gql<{ serviceClass: Record<string, unknown> }>(
      `query ($id: ID!) { serviceClass(id: $id) { projectId venueId careType capacity staffCount startsOn endsOn
          weekdays dailyStart dailyEnd feePerDayFen } }`,
      { id: s.classId },
      'xishan-staff',
    );
    const { createServiceClass: closed } = await api.gql<{ createServiceClass: { id: string; version: number } }>(
      `mutation ($data: ServiceClassCreateInput!) { createServiceClass(data: $data) { id version } }`,
      { data: { ...c, name: '已截止的测试班' } },
      'xishan-staff',
    );
    await api.gql(
      `mutation ($id: ID!) { updateServiceClass(id: $id, data: { status: CLOSED }) { id } }`,
      { id: closed.id },
      'xishan-staff',
    );
    // The open class offers both; the closed copy, once its page is up, neither.
    await page.goto(url(`/ServiceClass/${s.classId}/show/sessions`));
    await page.getByRole('link', { name: '生成课次' }).waitFor();
    await page.getByRole('link', { name: '导入名单' }).waitFor();
    await page.goto(url(`/ServiceClass/${closed.id}/show/sessions`));
    await page.getByText('已截止的测试班').first().waitFor();
    await page.getByRole('tab', { name: '课次' }).waitFor();
    expect(await page.getByRole('link', { name: '导入名单' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: '生成课次' }).count()).toBe(0);
  });

  it('records a past session’s roll call with 全部出勤 and one save, then verifies it', async () => {
    const { classSessions } = await api.gql<{ classSessions: { id: string }[] }>(
      `query ($id: ID!, $date: LocalDate!) { classSessions(where: { classId: { equals: $id }, date: { equals: $date } }) { id } }`,
      { id: s.classId, date: s.dates.rollCall },
      'xishan-staff',
    );
    const sessionPath = `/ClassSession/${classSessions[0].id}/show`;
    // From the class page: its sessions, each with 点名.
    await page.goto(url(`/ServiceClass/${s.classId}/show/sessions`));
    const yesterday = s.dates.rollCall.replaceAll('-', '/');
    const sessionRow = page.getByRole('row', { name: new RegExp(yesterday) });
    await sessionRow.getByText('已排课').waitFor();
    await expectChinese('28-class-sessions');
    await sessionRow.getByRole('link', { name: '点名' }).click();
    await page.waitForURL((u) => u.pathname.endsWith(`${sessionPath}/roster`));
    // Roll call on a phone (390×844): one card per child, the four statuses on screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByTestId('roster-row').nth(1).waitFor();
    expect(await page.getByTestId('roster-row').count()).toBe(2); // the waitlisted child is not on the roll
    await page.getByRole('button', { name: '全部出勤' }).click();
    await page
      .getByTestId('roster-counts')
      .getByText(/出勤 2/)
      .waitFor();
    await page.getByTestId('roster-row').first().locator('input').fill('按时到达');
    expect(await sidewaysOverflow()).toEqual([]);
    await expectChinese('28-roster-marked-phone', { fullPage: true });
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.getByRole('button', { name: '保存点名' }).click();
    await page.getByText('已保存 2 人的考勤').waitFor();
    // One save wrote both rows: present, the note kept on the first.
    const saved = await attendanceOf(classSessions[0].id);
    expect(saved.map((a) => a.status)).toEqual(['PRESENT', 'PRESENT']);
    expect(saved.map((a) => a.note).filter(Boolean)).toEqual(['按时到达']);
    await page.reload();
    await page.getByTestId('roster-counts').getByText('出勤 2 · 迟到 0 · 缺勤 0 · 请假 0 · 未点名 0').waitFor();
    expect(await page.getByTestId('roster-row').first().locator('input').inputValue()).toBe('按时到达');
    await page.getByRole('button', { name: '核验考勤' }).click();
    await dialog().getByRole('button', { name: '核验考勤' }).click();
    await page.getByText(/本课次考勤已于 .* 核验，不能再修改/).waitFor();
    expect(await page.getByRole('button', { name: '保存点名' }).count()).toBe(0);
    await expectChinese('29-roster-verified');
    // Verified, the session is finished: 编辑 is disabled, its tooltip says why; its address says so too.
    const edit = page.getByRole('button', { name: '编辑' });
    await edit.waitFor();
    expect(await edit.isDisabled()).toBe(true);
    expect(await page.getByRole('link', { name: '编辑' }).count()).toBe(0);
    await page.getByTestId('session-edit-locked').hover();
    await page.getByRole('tooltip').getByText('已核验的课次不能修改').waitFor();
    await page.goto(url(sessionPath.replace(/\/show$/, '/edit')));
    await page.getByTestId('session-edit-locked-note').getByText('已核验的课次不能修改').waitFor();
    expect(await page.locator('input[name=topic]').count()).toBe(0);
  });

  it('checks a child in and out on a phone: an unauthorised guardian is refused with the reason, an authorised one is recorded', async () => {
    // Staff check children in at the door, on a phone: 390×844, one card per child, nothing off-screen.
    await page.setViewportSize({ width: 390, height: 844 });
    const { classSessions } = await api.gql<{ classSessions: { id: string }[] }>(
      `query ($id: ID!, $date: LocalDate!) { classSessions(where: { classId: { equals: $id }, date: { equals: $date } }) { id } }`,
      { id: s.classId, date: s.dates.checkIn },
      'xishan-staff',
    );
    await page.goto(url(`/ClassSession/${classSessions[0].id}/show/checkin`));
    // Today's session, not verified, can still be edited.
    await page.getByRole('link', { name: '编辑' }).waitFor();
    expect(await page.getByTestId('session-edit-locked').count()).toBe(0);
    const child = s.children[0];
    const row = page.getByTestId('checkin-row').filter({ hasText: child.name });
    await row.getByRole('button', { name: '签到' }).click();
    await dialog().getByRole('button', { name: '签到' }).click();
    await row.getByRole('button', { name: '签退' }).click();
    await dialog().locator('#mui-component-select-pickedUpById, [role=combobox]').last().click();
    await page.getByRole('option', { name: new RegExp(`^${s.notAllowed.name}`) }).click();
    await dialog().getByRole('button', { name: '签退' }).click();
    await dialog().getByTestId('check-error').getByText('该监护人未获授权接送（“可接送”未勾选），不能接走').waitFor();
    await expectChinese('30-checkout-refused-phone');
    await dialog().locator('[role=combobox]').last().click();
    await page.getByRole('option', { name: new RegExp(`^${child.pickUp.name}`) }).click();
    await dialog().getByRole('button', { name: '签退' }).click();
    await row.getByText(child.pickUp.name).waitFor();
    // Recorded: checked in and out, picked up by the authorised guardian (the refused attempt left nothing).
    const [a] = (await attendanceOf(classSessions[0].id)).filter((x) => x.enrollment.beneficiaryId === child.id);
    expect(a).toMatchObject({ pickedUpById: child.pickUp.id });
    expect(a.checkInAt).not.toBeNull();
    expect(a.checkOutAt).not.toBeNull();
    expect(await sidewaysOverflow()).toEqual([]);
    await expectChinese('31-checked-out-phone', { fullPage: true });
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  it('settles the month in 元 and saves the ledger', async () => {
    await page.goto(url(`/ServiceProject/${s.projectId}/show/settlement`));
    await fillPicker('month', s.dates.settlementMonth); // the verified session's month
    const table = page.getByTestId('settlement');
    await table.getByText('界面测试·点名班').waitFor();
    // One verified session, two children present, 130 元 a day.
    const line = table.getByRole('row', { name: /界面测试·点名班/ });
    await line.getByText('¥260.00').first().waitFor();
    const cells = await line.locator('td').allInnerTexts();
    // 班级, 每日收费, 已核验课次, 待核验课次, 人数, 出勤人天, 费用合计, 主办方承担, 家庭承担
    expect(cells.slice(0, 7)).toEqual(['界面测试·点名班', '¥130.00', '1', expect.any(String), '2', '2', '¥260.00']);
    const yuan = (t: string) => Number(t.replace(/[¥,]/g, ''));
    expect(yuan(cells[7]) + yuan(cells[8])).toBe(260);
    await expectChinese('32-settlement');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载结算台账' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(fs.statSync(await download.path()).size).toBeGreaterThan(1000);
  });

  it('sees the dashboard’s person-times rise by the attendance just recorded, and in the area drilled into', async () => {
    const { from, to } = s.dates.period;
    await menuItem('数据看板').click();
    await page.getByTestId('kpi-personTimes').waitFor();
    await showSessionsPeriod();
    // Two on the roll call, one checked in today.
    await page.waitForFunction(
      ([before]) =>
        Number(
          document.querySelector('[data-testid=kpi-personTimes] .MuiTypography-h5')?.textContent?.replace(/[,，]/g, ''),
        ) ===
        before + 3,
      [personTimesBefore],
    );
    await expectChinese('33-dashboard-after', { fullPage: true });
    // Drill down one level by clicking an area: the project's sponsor, where the attendance was recorded.
    await page.getByTestId('areas').getByText('福海街道总工会').click();
    await page.getByTestId('scope-trail').getByText('西山区总工会').waitFor();
    await page.getByText('福海街道总工会 · 汇总').waitFor();
    await page.waitForFunction(() => !document.querySelector('.MuiLinearProgress-indeterminate'));
    expect(Number(await kpi('personTimes'))).toBe(fuhaiBefore + 3);
    expect(Number(await kpi('personTimes'))).toBe(await personTimesOf(from, to, s.sponsorId));
    await page.getByTestId('areas').getByText('福海街道总工会（本级）').waitFor();
    await expectChinese('21-dashboard-drilldown', { fullPage: true });
    const summary = await exportedSummary(`服务统计台账_福海街道总工会_${from}_${to}.xlsx`);
    expect(summary.find((r) => r.includes('合计'))).toContain(fuhaiBefore + 3);
    // Back up the trail.
    await page.getByTestId('scope-trail').getByText('西山区总工会').click();
    await page.getByText('西山区总工会 · 汇总').waitFor();
  });

  it('matches a need to a project from the need’s page', async () => {
    await page.goto(url(`/NeedRequest/${s.needId}/show`));
    expect(await page.getByRole('button', { name: '开始服务' }).count()).toBe(0);
    await page.getByRole('button', { name: '匹配项目' }).click();
    await dialog().locator('input[name=projectId]').fill('界面测试');
    await page.getByRole('option', { name: '界面测试·社区暑托班' }).click();
    await dialog().getByRole('button', { name: '匹配项目' }).click();
    await page.getByRole('button', { name: '开始服务' }).waitFor();
    await page.getByRole('button', { name: '重新匹配' }).waitFor();
    await expectChinese('34-need-matched');
    await signOut();
  });
});

describe('partner (xiaocao)', () => {
  it('has the dashboard of its own projects only, and no approvals', async () => {
    await signIn('xiaocao');
    await page.getByTestId('kpi-personTimes').waitFor();
    expect(await menuItem('审批待办').count()).toBe(0);
    await showYear(DEMO_YEAR);
    await page.getByText('本组织承办或参与的项目 · 汇总').waitFor();
    // The figures are those of the projects 小草 operates or partners in: the API's answer to it, a part of all.
    const year = DEMO_YEAR;
    const totals = async (who: string) =>
      (
        await api.gql<{ report: { totals: { peopleServed: number; personTimes: number } } }>(
          `query ($from: LocalDate!, $to: LocalDate!) { report(from: $from, to: $to) { totals { peopleServed personTimes } } }`,
          { from: `${year}-01-01`, to: `${year}-12-31` },
          who,
        )
      ).report.totals;
    const [mine, all] = [await totals('xiaocao'), await totals('admin')];
    expect(Number(await kpi('peopleServed'))).toBe(mine.peopleServed);
    expect(Number(await kpi('personTimes'))).toBe(mine.personTimes);
    expect(mine.personTimes).toBeGreaterThan(0);
    expect(mine.personTimes).toBeLessThan(all.personTimes);
    await expectChinese('35-partner-dashboard', { fullPage: true });
    await signOut();
  });
});

describe('analyst', () => {
  it('sees only the dashboard: no lists, no personal data, small counts as "<5" with the reason on hover', async () => {
    await signIn('analyst');
    await page.getByTestId('kpi-personTimes').waitFor();
    expect(await page.getByRole('menuitem').allInnerTexts()).toEqual(['数据看板']);
    await showYear(DEMO_YEAR);
    await page.getByTestId('suppressed-note').waitFor();
    const year = DEMO_YEAR;
    type Withheld = { figure: string; reason: 'SMALL_COUNT' | 'COMPLEMENTARY' };
    type Row = { label: string; cell: { suppressed: boolean; peopleServed: number | null; withheld: Withheld[] } };
    const { report } = await api.gql<{ report: { groupings: { rows: Row[] }[] } }>(
      `query ($from: LocalDate!, $to: LocalDate!) { report(from: $from, to: $to, groupBy: [ORGANIZATION, CATEGORY]) {
        groupings { rows { label cell { suppressed peopleServed withheld { figure reason } } } } } }`,
      { from: `${year}-01-01`, to: `${year}-12-31` },
      'analyst',
    );
    const rows = report.groupings.flatMap((g) => g.rows);
    const rowOf = (label: string) =>
      page.locator('[data-testid=areas] tr, [data-testid=categories] tr').filter({ hasText: label }).first();
    // A row withheld only in some figures (a small waitlist or enrollment count here or in a row it protects)
    // keeps the others: 甘肃省总工会 shows its 139 people, not "<5" across the row.
    const partial = rows.find((r) => !r.cell.suppressed && r.cell.withheld.length > 0);
    expect(partial).toBeDefined();
    expect(await rowOf(partial!.label).innerText()).toContain(String(partial!.cell.peopleServed));
    // A count of 1–4 among the table's columns: "<5", never the number, the reason on hover.
    const columns = ['peopleServed', 'personTimes', 'sessionsHeld', 'subsidyTotalFen'];
    const small = rows.find((r) =>
      r.cell.withheld.some((w) => w.reason === 'SMALL_COUNT' && columns.includes(w.figure)),
    );
    if (small) {
      const row = rowOf(small.label);
      expect(await row.innerText()).toContain('<5');
      expect(await row.innerText()).not.toMatch(/\t[1-4]\t/);
      await row.getByTestId('withheld-SMALL_COUNT').first().hover();
      await page.getByRole('tooltip').getByText('涉及1～4人，为保护个人隐私不显示具体数字').waitFor();
    }
    // No personal data anywhere on the page: none of the district's children's or guardians' names.
    const people = await api.gql<{ beneficiaries: { name: string; guardians: { guardian: { name: string } }[] }[] }>(
      `{ beneficiaries(take: 100) { name guardians { guardian { name } } } }`,
      {},
      'admin',
    );
    const names = people.beneficiaries.flatMap((b) => [b.name, ...b.guardians.map((g) => g.guardian.name)]);
    expect(names.length).toBeGreaterThan(100);
    const shown = await page.locator('#root').innerText();
    expect(names.filter((n) => shown.includes(n))).toEqual([]);
    await expectChinese('36-analyst-dashboard', { fullPage: true });
  });
});
