import ExcelJS from 'exceljs';
import fs from 'node:fs';
import { rosterXlsx, type RosterLine } from '../support/roster-file';
import { screenshot } from '../support/browser';
import { useConsole } from '../support/use-console';

/**
 * The console in a real browser against the real API and demo data: district staff browse, reveal a
 * masked ID number with a reason, create a project and a class through the generated forms (a field
 * error lands on its input), import a roster into the class; a partner sees only its projects and no
 * organization management; an analyst sees no personal data. Screenshots go to test-artifacts/.
 */
const { api, page, url, menuItem, rows, signIn, signOut, expectChinese, listTotal, sidewaysOverflow, fillPicker } =
  useConsole();

describe('district staff (xishan-staff)', () => {
  it('signs in to a Chinese console and browses projects, classes and people', async () => {
    await page.goto(url('/'));
    await page.locator('input[name=username]').waitFor();
    await expectChinese('01-login');
    await signIn('xishan-staff');

    await menuItem('服务项目').click();
    await page.waitForURL(/\/ServiceProject$/);
    await page.getByText('¥800,000.00').first().waitFor();
    // The browser tab names the page.
    await page.waitForFunction(() => document.title === '服务项目 · 邻里');
    const total = await listTotal();
    const count = await api.gql<{ serviceProjectsCount: number }>(`{ serviceProjectsCount }`, {}, 'xishan-staff');
    expect(total).toBe(count.serviceProjectsCount);
    await expectChinese('02-projects');

    // The search box is one request for rows and total.
    const found = await api.gql<{ serviceProjectsCount: number }>(
      `{ serviceProjectsCount(search: "2025年") }`,
      {},
      'xishan-staff',
    );
    expect(found.serviceProjectsCount).toBeGreaterThan(0);
    await page.fill('input[name=q]', '2025年');
    await page.getByText(`第 1-${found.serviceProjectsCount} 条，共 ${found.serviceProjectsCount} 条`).waitFor();
    for (const text of await rows().allInnerTexts()) expect(text).toContain('2025年');
    await page.fill('input[name=q]', '');

    // CSV export: Chinese headers, labels for enum values, money in 元.
    await page.getByTestId('export-all').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: /导出 CSV/ }).click(),
    ]);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    expect(csv.split('\n')[0]).toContain('项目名称');
    expect(csv).toContain('暑期托管');
    expect(csv).toContain('800000.00');

    await menuItem('班级').click();
    await rows().first().waitFor();
    await page.fill('input[name=q]', '低年级班');
    await page.getByRole('cell', { name: '书林二小福海校区 低年级班' }).click();
    await page.getByRole('tab', { name: '报名' }).waitFor();
    await expectChinese('03-class-show');
    await page.getByRole('tab', { name: '报名' }).click();
    await page.getByTestId('enrollments').locator('tbody tr').first().waitFor();
    await expectChinese('04-class-enrollments');

    await menuItem('服务对象').click();
    await rows().first().waitFor();
    await expectChinese('05-people');
  });

  it('sees ID numbers masked and reveals one for a stated reason (audited)', async () => {
    const { beneficiaries } = await api.gql<{ beneficiaries: { id: string; idNumber: string }[] }>(
      `{ beneficiaries(take: 1, where: { birthDate: { lt: "2000-01-01" } }) { id idNumber } }`,
      {},
      'xishan-staff',
    );
    const person = beneficiaries[0];
    const reveals = async () =>
      (
        await api.gql<{ auditEventsCount: number }>(
          `query ($id: String!) { auditEventsCount(where: { action: { equals: "reveal" }, entityId: { equals: $id } }) }`,
          { id: person.id },
          'admin',
        )
      ).auditEventsCount;
    const before = await reveals();
    await page.goto(url(`/Beneficiary/${person.id}/show`));
    const id = page.getByTestId('personal-idNumber');
    expect(await id.innerText()).toMatch(/^\*{14}[\dX]{4}$/);
    await page.getByRole('button', { name: '查看' }).first().click();
    await page.fill('input[name=reason]', '核对报名资格');
    await expectChinese('06-reveal-reason');
    await page.getByRole('dialog').getByRole('button', { name: '查看' }).click();
    await page.waitForFunction(() =>
      /^\d{17}[\dX]$/.test(document.querySelector('[data-testid=personal-idNumber]')?.textContent ?? ''),
    );
    expect((await id.innerText()).slice(-4)).toBe(person.idNumber.slice(-4));
    await expectChinese('07-revealed');
    expect(await reveals()).toBe(before + 1);
  });

  it('renews an expiring access token with the refresh token, and signs out when the session is over', async () => {
    type Session = { accessToken: string; refreshToken: string; expiresAt: number };
    const session = () => page.evaluate(() => JSON.parse(localStorage.getItem('linli.session')!) as Session);
    const set = (s: Session) => page.evaluate((v) => localStorage.setItem('linli.session', JSON.stringify(v)), s);
    const before = await session();
    await set({ ...before, expiresAt: Date.now() + 1000 }); // about to expire: renewed before the next request
    await page.goto(url('/ServiceProject'));
    await rows().first().waitFor();
    const renewed = await session();
    expect(renewed.refreshToken).not.toBe(before.refreshToken);
    expect(renewed.expiresAt).toBeGreaterThan(Date.now() + 10 * 60_000);

    await set({ ...renewed, accessToken: 'not-a-token' }); // refused by the API: renewed and retried once
    await page.goto(url('/ServiceClass'));
    await rows().first().waitFor();
    expect((await session()).refreshToken).not.toBe(renewed.refreshToken);

    await set({ ...(await session()), accessToken: 'not-a-token', refreshToken: 'revoked' }); // nothing to renew with
    await page.goto(url('/ServiceProject'));
    await page.waitForURL((u) => u.pathname.endsWith('/login'));
    await signIn('xishan-staff');
  });

  let classPath = '';
  it('creates a project through the form; a server field error lands on its input', async () => {
    await page.goto(url('/ServiceProject/create'));
    await page.fill('input[name=name]', '测试项目·暑期托管（界面测试）');
    await page.locator('.ra-input-category [role=combobox]').click();
    await page.getByRole('option', { name: '暑期托管' }).click();
    await page.locator('.ra-input-sponsorId input').fill('西山区总工会');
    await page.getByRole('option', { name: '西山区总工会' }).first().click();
    await fillPicker('startsOn', '2026-07-13');
    await fillPicker('endsOn', '2026-07-01'); // before the start: the database refuses
    await page.fill('input[name=budgetFen]', '1234.5');
    await page.getByRole('button', { name: '保存' }).click();
    const error = page.locator('.ra-input-endsOn').getByText('不能早于开始日期');
    await error.waitFor();
    await expectChinese('08-project-field-error');

    await fillPicker('endsOn', '2026-08-21');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/ServiceProject\/[^/]+\/show/);
    await page.getByText('¥1,234.50').waitFor();
    await expectChinese('09-project-created');
  });

  it('an edit of a record someone else changed meanwhile is refused with a clear message', async () => {
    const projectPath = new URL(page.url()).pathname.replace(/^\/admin/, '').replace(/\/show.*$/, '');
    const id = projectPath.split('/')[2];
    await page.getByRole('link', { name: '编辑' }).click();
    await page.locator('input[name=brand]').waitFor();
    await api.gql(
      `mutation ($id: ID!) { updateServiceProject(id: $id, data: { brand: "他人修改" }) { version } }`,
      { id },
      'xishan-staff',
    );
    await page.fill('input[name=edition]', '2');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('记录已被他人修改，请刷新后重试').waitFor();
    await expectChinese('09b-edit-conflict');
    await page.goto(url(`${projectPath}/show`));
    await page.getByText('他人修改').waitFor();
  });

  it('creates a class in the project from its classes tab', async () => {
    await page.getByRole('tab', { name: '班级' }).click();
    await page.getByRole('link', { name: '新建班级' }).click();
    await page.waitForURL(/\/ServiceClass\/create/);
    await page.fill('input[name=name]', '界面测试班');
    await page.locator('.ra-input-careType [role=combobox]').click();
    await page.getByRole('option', { name: '全日托' }).click();
    await page.fill('input[name=capacity]', '2');
    await fillPicker('startsOn', '2026-07-13');
    await fillPicker('endsOn', '2026-07-24');
    for (const day of ['周一', '周二', '周三', '周四', '周五']) await page.getByLabel(day).check();
    await fillPicker('dailyStart', '08:30');
    await fillPicker('dailyEnd', '17:00');
    await page.fill('input[name=feePerDayFen]', '130');
    // Ages in years and months, kept in months by the API.
    await page.fill('input[name="minAgeMonths.years"]', '6');
    await page.fill('input[name="maxAgeMonths.years"]', '12');
    await page.fill('input[name="maxAgeMonths.months"]', '11');
    await expectChinese('10-class-form');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/ServiceClass\/[^/]+\/show/);
    await page.getByText('¥130.00').waitFor();
    await page.getByText('12岁11个月').waitFor();
    await page.getByText('6岁', { exact: true }).waitFor();
    classPath = new URL(page.url()).pathname.replace(/^\/admin/, '').replace(/\/show.*$/, '');
    const { serviceClass } = await api.gql<{ serviceClass: { minAgeMonths: number; maxAgeMonths: number } }>(
      `query ($id: ID!) { serviceClass(id: $id) { minAgeMonths maxAgeMonths } }`,
      { id: classPath.split('/')[2] },
      'xishan-staff',
    );
    expect(serviceClass).toEqual({ minAgeMonths: 72, maxAgeMonths: 155 });
  });

  it('imports a roster into the class: a bad row is shown and blocks, a corrected file imports and enrolls all', async () => {
    const lines: RosterLine[] = [
      { name: '测试童一', birthDate: '2017-03-01', sequence: 911, guardian: '测试家长一', phone: '13911110001' },
      { name: '测试童二', birthDate: '2018-04-02', sequence: 912, guardian: '测试家长二', phone: '13911110002' },
      {
        name: '测试童三',
        birthDate: '2016-05-03',
        sequence: 913,
        guardian: '测试家长三',
        phone: '13911110003',
        badChecksum: true,
      },
    ];
    await page.getByRole('link', { name: '导入名单' }).click();
    await page.waitForURL(/\/import$/);
    const upload = async (file: Buffer) =>
      page.getByTestId('roster-file').setInputFiles({
        name: '名单.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: file,
      });
    await upload(await rosterXlsx(lines));
    // The bad row is the file's third person: row 4 of the sheet, as Excel numbers it (the header is row 1);
    // its error names the field once.
    const bad = page.getByTestId('roster-preview').locator('tbody tr', { hasText: '身份证号校验位错误' });
    await bad.waitFor();
    expect(await bad.locator('td').first().innerText()).toBe('4');
    expect(await bad.innerText()).not.toContain('身份证号：身份证号');
    expect(await page.getByRole('button', { name: /导入 \d+ 人并报名/ }).isDisabled()).toBe(true);
    await expectChinese('11-roster-preview-errors');

    lines[2].badChecksum = false;
    await upload(await rosterXlsx(lines));
    await page.getByText('共 3 行，3 行无误，0 行有误').waitFor();
    await page.getByRole('button', { name: '导入 3 人并报名' }).click();
    await page.getByTestId('roster-done').waitFor();
    expect(await page.getByTestId('roster-done').innerText()).toContain('报名 2 人，候补 1 人');
    await expectChinese('12-roster-imported');

    await page.goto(url(`${classPath}/show/enrollments`));
    const enrolled = page.getByTestId('enrollments').locator('tbody tr');
    await enrolled.nth(2).waitFor();
    expect(await enrolled.count()).toBe(3);
    for (const name of ['测试童一', '测试童二', '测试童三']) await enrolled.filter({ hasText: name }).waitFor();
    await page
      .getByTestId('enrollments')
      .getByText(/候补第 1 位/)
      .waitFor();
    // The consents the import recorded name their notice in words, not by its code.
    await page.goto(url('/Consent'));
    await rows().first().getByText('纸质名单书面同意（第1版）').waitFor();
    expect(await page.locator('table').first().innerText()).not.toContain('roster-paper-v1');
    await signOut();
  });
});

describe('platform admin (admin)', () => {
  it('exports every row of a list, streamed by the API: .xlsx, and CSV that Excel reads as UTF-8', async () => {
    await signIn('admin');
    await page.goto(url('/Beneficiary'));
    await rows().first().waitFor();
    const total = await listTotal();
    const { beneficiariesCount } = await api.gql<{ beneficiariesCount: number }>(`{ beneficiariesCount }`, {}, 'admin');
    expect(total).toBe(beneficiariesCount);
    expect(total).toBeGreaterThan(1000);
    const exported = async (item: RegExp) => {
      await page.getByTestId('export-all').click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: item }).click(),
      ]);
      return download;
    };
    const xlsx = await exported(/导出 Excel（全部 [\d,]+ 条）/);
    expect(xlsx.suggestedFilename()).toMatch(/^服务对象_\d{8}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await xlsx.path());
    const sheet = book.worksheets[0];
    // The ledger's title and meta rows (导出时间, 行数), then the header row, then one row per record.
    let headerRow = 0;
    sheet.eachRow((r, i) => {
      if (!headerRow && (r.values as unknown[]).includes('姓名')) headerRow = i;
    });
    expect(headerRow).toBeGreaterThan(0);
    expect(sheet.rowCount - headerRow).toBe(total);
    const headers = (sheet.getRow(headerRow).values as unknown[]).slice(1);
    // ID numbers leave masked, as the list shows them.
    const idColumn = headers.indexOf('身份证号') + 1;
    expect(idColumn).toBeGreaterThan(0);
    const ids = sheet
      .getColumn(idColumn)
      .values.slice(headerRow + 1)
      .map(String);
    expect(ids.filter((v) => /^\d{17}[\dX]$/.test(v))).toEqual([]);
    expect(ids.some((v) => v.includes('*'))).toBe(true);

    const csv = await exported(/导出 CSV（全部 [\d,]+ 条）/);
    expect(csv.suggestedFilename()).toMatch(/^服务对象_\d{8}\.csv$/);
    const bytes = fs.readFileSync(await csv.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toContain('姓名');
    expect(lines.length - 1).toBe(total);
    await signOut();
  });
});

describe('records named for people (admin)', () => {
  const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
  const tableText = () => page.locator('table').first().innerText();

  it('shows the audit log in Chinese and records by what they are, never by their ids', async () => {
    await signIn('admin');
    // The staff tests above created a project and a class, imported a roster and revealed an ID number.
    await page.goto(url('/AuditEvent'));
    await rows().first().waitFor();
    const audit = await tableText();
    expect(audit).not.toMatch(UUID);
    expect(audit).toMatch(/名单导入|新建|查看个人信息/);
    expect(audit).not.toMatch(/importRoster|ServiceClass|\bcreate\b/);
    await expectChinese('15-audit-log-chinese');

    // 考勤: the person, the date and the class, not a topic and a class name.
    await page.goto(url('/Attendance'));
    await rows().first().waitFor();
    const attendance = await tableText();
    expect(attendance).not.toMatch(UUID);
    expect(attendance).toMatch(/\d{4}\/\d{2}\/\d{2} · /);
    await expectChinese('16-attendance-named');

    // An enrollment's page: titled by the person and the class; no idempotency key.
    await page.goto(url('/Enrollment'));
    await rows().first().click();
    await page.waitForURL(/\/Enrollment\/[^/]+\/show/);
    await page.getByText('报名 ').first().waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(/幂等键|[0-9a-f]{8}-[0-9a-f]{4}/);

    // An organization's place in the tree by names.
    const { organizations } = await api.gql<{
      organizations: { id: string; name: string; parent: { name: string } }[];
    }>(`{ organizations(where: { level: { equals: STREET } }, take: 1) { id name parent { name } } }`, {}, 'admin');
    await page.goto(url(`/Organization/${organizations[0].id}/show`));
    await page.getByText(`${organizations[0].parent.name} › ${organizations[0].name}`).waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(UUID);
    await expectChinese('17-organization-path-names');
    await signOut();
  });

  it('lists sessions newest first, with 今天 one click away', async () => {
    await signIn('admin');
    await page.goto(url('/ClassSession'));
    await rows().first().waitFor();
    const dates = await rows().evaluateAll((trs) =>
      trs.map((tr) => /\d{4}\/\d{2}\/\d{2}/.exec((tr as HTMLElement).innerText)?.[0] ?? ''),
    );
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort().reverse());
    await page.getByTestId('today-filter').click();
    await page.waitForURL(/date_gte/);
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const { classSessionsCount } = await api.gql<{ classSessionsCount: number }>(
      `query($d: LocalDate!) { classSessionsCount(where: { date: { gte: $d, lte: $d } }) }`,
      { d: today },
      'admin',
    );
    if (classSessionsCount === 0)
      await page
        .getByText(/暂无|没有/)
        .first()
        .waitFor();
    else expect(await listTotal()).toBe(classSessionsCount);
    await expectChinese('18-sessions-today');
    await page.getByTestId('today-filter').click();
    await rows().first().waitFor();
    // Any list on a phone: one line per record, named by its title, nothing sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url('/Attendance'));
    const item = page.locator('a[href*="/Attendance/"]', { hasText: /\d{4}\/\d{2}\/\d{2}/ }).first();
    await item.waitFor();
    expect(await item.innerText()).toMatch(/ · \d{4}\/\d{2}\/\d{2} · /);
    expect(await sidewaysOverflow()).toEqual([]);
    await expectChinese('18b-attendance-list-phone');
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(url('/'));
    await menuItem('数据看板').waitFor();
    await signOut();
  });
});

describe('partner (xiaocao)', () => {
  it('sees only its own projects and no organization management', async () => {
    await signIn('xiaocao');
    // Its sessions all lie in the demo's year (2025): the first screen opens on that year, not on an empty
    // one, and says why; the figures are its own.
    await page.getByTestId('dashboard-latest-year').getByText('最近有课次的2025年度').waitFor();
    await page.getByTestId('dashboard-period').getByText('2025/01/01 至 2025/12/31 · 数据截至').waitFor();
    await page.waitForFunction(() => !document.querySelector('.MuiLinearProgress-indeterminate'));
    const served = await page.locator('[data-testid=kpi-personTimes] .MuiTypography-h5').innerText();
    expect(Number(served.replace(/[,，]/g, ''))).toBeGreaterThan(0);
    await expectChinese('12b-partner-dashboard-latest-year');
    // The dashboard on a phone: figures and charts stacked, nothing sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.locator('[data-testid=kpi-personTimes] .MuiTypography-h5').waitFor();
    await page.waitForFunction(() => !document.querySelector('.MuiLinearProgress-indeterminate'));
    expect(await sidewaysOverflow()).toEqual([]);
    await expectChinese('12c-partner-dashboard-phone', { fullPage: true });
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.reload();
    await menuItem('数据看板').waitFor();
    expect(await menuItem('组织').count()).toBe(0);
    expect(await menuItem('用户').count()).toBe(0);
    await menuItem('服务项目').click();
    await page.waitForURL(/\/ServiceProject$/);
    await rows().first().waitFor();
    const mine = await api.gql<{ serviceProjectsCount: number }>(`{ serviceProjectsCount }`, {}, 'xiaocao');
    const all = await api.gql<{ serviceProjectsCount: number }>(`{ serviceProjectsCount }`, {}, 'admin');
    expect(await listTotal()).toBe(mine.serviceProjectsCount);
    expect(mine.serviceProjectsCount).toBeLessThan(all.serviceProjectsCount);
    await expectChinese('13-partner-projects');
    await page.goto(url('/Organization'));
    await page.getByText('您没有访问此页面的权限').waitFor();

    // A project of someone else's, by its address: said so, not a blank page.
    const own = await api.gql<{ serviceProjects: { id: string }[] }>(
      `{ serviceProjects(take: 100) { id } }`,
      {},
      'xiaocao',
    );
    const every = await api.gql<{ serviceProjects: { id: string }[] }>(
      `{ serviceProjects(take: 100) { id } }`,
      {},
      'admin',
    );
    const foreign = every.serviceProjects.find((p) => !own.serviceProjects.some((o) => o.id === p.id))!;
    await page.goto(url(`/ServiceProject/${foreign.id}/show`));
    await page
      .getByText(/记录不存在/)
      .first()
      .waitFor();
    await expectChinese('13b-partner-foreign-project');

    // An empty list it may not add to does not invite it to.
    const { subsidyPoliciesCount } = await api.gql<{ subsidyPoliciesCount: number }>(
      `{ subsidyPoliciesCount }`,
      {},
      'xiaocao',
    );
    await page.goto(url('/SubsidyPolicy'));
    if (subsidyPoliciesCount === 0) {
      await page.getByTestId('list-empty').waitFor();
      expect(await page.getByText('要新建一条吗？').count()).toBe(0);
    } else await rows().first().waitFor();
    await signOut();
  });
});

describe('analyst', () => {
  it('has only the dashboard: no lists, no people, no personal data', async () => {
    await signIn('analyst');
    for (const name of ['服务项目', '班级', '服务对象', '报名', '考勤', '监护关系', '组织'])
      expect([name, await menuItem(name).count()]).toEqual([name, 0]);
    await page.goto(url('/Beneficiary'));
    await page.getByText('您没有访问此页面的权限').waitFor();
    await page.goto(url('/ServiceClass'));
    await page.getByText('您没有访问此页面的权限').waitFor();
    await expectChinese('14-analyst-denied');
  });

  it('can switch the console to English', async () => {
    await page.goto(url('/'));
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await menuItem('Dashboard').waitFor();
    await page.getByText('People served').first().waitFor();
    await screenshot(page, '15-english');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: '中文' }).click();
    await menuItem('数据看板').waitFor();
  });
});
