import { createHash } from 'node:crypto';
import { useConsole } from '../support/use-console';
import { setUpWorkflow } from '../support/workflow-setup';

/**
 * 摇号 in a real browser against the real API, as district staff (xishan-staff): open a round on a class
 * with a priority tier (the seed's hash shown is the one published), apply three children (a sibling mark
 * across two applicants and a second application are refused with the API's Chinese messages on the
 * form), draw after the close with its confirmation (the close and the notice end are moved into the
 * past with SQL: the API judges them by the database clock), check the notice preview against the public
 * page, uphold an objection and correct the result (a winner excluded, the waitlist's head moves up, the
 * notice publishes it), record and resolve another, confirm once the notice period is over, and find the
 * class with its applications per place on the dashboard's 报名需求 panel.
 */
const { api, page, url, signIn, fillPicker } = useConsole();
type Setup = Awaited<ReturnType<typeof setUpWorkflow>>;
let s: Setup;
let roundId = '';
const dialog = () => page.getByRole('dialog');
const STAFF = 'xishan-staff';
const roundOf = async (id: string) =>
  (
    await api.gql<{
      applicationRound: {
        seedHash: string;
        status: string;
        applications: { number: string; status: string; beneficiary: { name: string } }[];
      };
    }>(
      `query ($id: ID!) { applicationRound(id: $id) { seedHash status
        applications(orderBy: [{ number: ASC }]) { number status beneficiary { name } } } }`,
      { id },
      STAFF,
    )
  ).applicationRound;

describe('district staff (xishan-staff): an application round from opening to confirmation', () => {
  beforeAll(async () => {
    s = await setUpWorkflow(api, STAFF);
  }, 60_000);

  it('opens a round on the class with a priority tier and shows the published seed hash', async () => {
    await signIn(STAFF);
    await page.goto(url(`/ServiceClass/${s.classId}/show/enrollments`));
    await page.getByTestId('class-rounds').getByText('本班还没有报名轮次').waitFor();
    await page.getByTestId('class-rounds').getByRole('button', { name: '发起摇号' }).click();
    // The class's free places are proposed, and a week-long window from now.
    expect(await dialog().locator('input[name=places]').inputValue()).toBe('2');
    expect(await dialog().locator('input[name=noticeDays]').inputValue()).toBe('7');
    // A close before the opening is refused on the form before asking the API.
    await fillPicker('closesOn', '2020-01-01', dialog());
    await dialog().getByRole('button', { name: '发布' }).click();
    await dialog().getByTestId('closesAt-error').getByText('截止时间须晚于开始时间').waitFor();
    const closesOn = new Date(Date.now() + 8 * 3_600_000 + 7 * 86_400_000).toISOString().slice(0, 10);
    await fillPicker('closesOn', closesOn, dialog());
    await dialog().getByRole('button', { name: '添加优先级' }).click();
    const tier = dialog().getByTestId('tier-row');
    await tier.locator('input[name="tierRules.0.label"]').fill('困难职工家庭');
    await tier.getByRole('combobox').first().click();
    await page.getByRole('option', { name: '困难职工' }).click();
    await page.keyboard.press('Escape');
    await tier.getByText('困难职工', { exact: true }).waitFor();
    await dialog().getByRole('button', { name: '发布' }).click();
    const shown = await dialog().getByTestId('seed-hash').innerText();
    const { applicationRounds } = await api.gql<{ applicationRounds: { id: string; seedHash: string }[] }>(
      `query ($id: ID!) { applicationRounds(where: { classId: { equals: $id } }) { id seedHash } }`,
      { id: s.classId },
      STAFF,
    );
    expect(applicationRounds).toHaveLength(1);
    expect(shown.trim()).toBe(applicationRounds[0].seedHash);
    roundId = applicationRounds[0].id;
    await dialog().getByRole('link', { name: '查看报名轮次' }).click();
    await page.waitForURL(new RegExp(`/ApplicationRound/${roundId}/show`));
    // While the round takes applications, the class page says why it takes no direct enrollment or import.
    await page.goto(url(`/ServiceClass/${s.classId}/show/enrollments`));
    const enroll = page.getByTestId('enroll-button');
    await enroll.waitFor();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid=enroll-button]')?.getAttribute('data-reason')?.includes('报名轮次'),
    );
    expect(await enroll.getByRole('button').isDisabled()).toBe(true);
    expect(await page.getByTestId('import-blocked').getAttribute('data-reason')).toMatch(/^本班正在报名轮次中/);
  });

  it('applies three children; the API’s rules are shown in Chinese on the form', async () => {
    await page.goto(url(`/ApplicationRound/${roundId}/show/applications`));
    await page.getByTestId('round-applications').getByText('还没有申请').waitFor();
    const pick = async (name: string) => {
      await dialog().locator('input[name=beneficiaryId]').fill(name);
      await page
        .getByRole('option', { name: new RegExp(`^${name}（`) })
        .first()
        .click();
      await dialog().locator('[name=applicantId]').first().waitFor({ state: 'attached' });
    };
    for (const [i, child] of s.children.entries()) {
      await page.getByRole('button', { name: '报名', exact: true }).click();
      await pick(child.name);
      // Siblings share an applicant: the second family's child under the first's mark is refused on its input.
      if (i < 2) await dialog().locator('input[name=siblingGroup]').fill('甲家');
      await dialog().getByRole('button', { name: '提交申请' }).click();
      if (i === 1) {
        await dialog().getByText('同组申请须由同一申请人（监护人）提交，且优先级和志愿班级相同').waitFor();
        await dialog().locator('input[name=siblingGroup]').fill('');
        await dialog().getByRole('button', { name: '提交申请' }).click();
      }
      await dialog()
        .getByTestId('applied')
        .getByText(`已提交申请，编号 000${i + 1}`)
        .waitFor();
      await dialog().getByRole('button', { name: '关闭' }).click();
    }
    // A second application of one person: the API's CONFLICT, under the person.
    await page.getByRole('button', { name: '报名', exact: true }).click();
    await pick(s.children[0].name);
    await dialog().getByRole('button', { name: '提交申请' }).click();
    await dialog().getByTestId('beneficiaryId-error').getByText('已申请本轮报名').waitFor();
    await dialog().getByRole('button', { name: '取消' }).click();

    await page.getByTestId('round-applications').getByText('申请 3 份，名额 2 个').waitFor();
    const rows = page.getByTestId('application-row');
    await rows.nth(2).waitFor();
    expect(await rows.count()).toBe(3);
    const round = await roundOf(roundId);
    for (const [i, a] of round.applications.entries()) {
      const row = rows.nth(i);
      expect(await row.innerText()).toContain(a.number);
      expect(await row.innerText()).toContain(a.beneficiary.name);
      expect(await row.innerText()).toContain('已申请');
    }
    // Each may still be withdrawn while the round takes applications.
    const withdraw = page.getByTestId('application-row').getByRole('button', { name: '撤回' });
    await withdraw.nth(2).waitFor();
    expect(await withdraw.count()).toBe(3);
  });

  it('draws once after the close, with a confirmation, and shows the result and the seed', async () => {
    await page.goto(url(`/ApplicationRound/${roundId}/show/applications`));
    const draw = page.getByTestId('draw-button');
    await draw.waitFor();
    expect(await draw.getAttribute('data-reason')).toMatch(/^报名 .+ 截止，截止后才能摇号$/);
    expect(await draw.getByRole('button').isDisabled()).toBe(true);
    if (!api.sql) return; // an API already running: no database to move the close with
    await api.sql(
      `update application_round set opens_at = now() - interval '2 hours', closes_at = now() - interval '1 second'
        where id = $1`,
      [roundId],
    );
    await page.reload();
    await draw.getByRole('button', { name: '摇号' }).click();
    const d = page.getByTestId('draw-dialog');
    await d.getByText('名额：2 个').waitFor();
    await d.getByText('参加摇号的申请：3 份').waitFor();
    await d.getByText('摇号只进行一次，结果不能撤销').waitFor();
    await dialog().getByRole('button', { name: '确认摇号' }).click();
    await d.getByTestId('result-won').getByText('2').waitFor();
    await d.getByTestId('result-waitlisted').getByText('1').waitFor();
    await d
      .getByTestId('result-seed')
      .getByText(/^[0-9a-f]{64}$/)
      .waitFor();
    // The seed revealed is the one committed to at the opening.
    const seed = (await d.getByTestId('result-seed').innerText()).trim();
    const round = await roundOf(roundId);
    expect(createHash('sha256').update(seed).digest('hex')).toBe(round.seedHash);
    expect(round.status).toBe('DRAWN');
    await dialog().getByRole('button', { name: '关闭' }).click();
    await page.getByTestId('draw-result').waitFor();
    await page.getByTestId('application-row').getByText('候补第 1 位').waitFor();
    expect(await page.getByTestId('draw-button').count()).toBe(0);
  });

  it('previews the public notice as the public page shows it', async () => {
    if (!api.sql) return;
    await page.goto(url(`/ApplicationRound/${roundId}/show/notice`));
    const preview = page.getByTestId('notice-preview');
    await preview.getByTestId('notice-title').waitFor();
    expect(await preview.getByTestId('notice-result').count()).toBe(3);
    expect(await preview.getByTestId('notice-application').count()).toBe(3);
    const href = await preview.getByTestId('notice-page-link').getAttribute('href');
    expect(href).toBe(`${api.base}/notice/${roundId}`);
    const publicPage = await (await fetch(href!)).text();
    const masked = await preview.getByTestId('notice-result').first().locator('td').first().innerText();
    expect(publicPage).toContain(masked.trim());
  });

  it('corrects the result after an upheld objection: a winner excluded, the waitlist moves up', async () => {
    if (!api.sql) return;
    await page.goto(url(`/ApplicationRound/${roundId}/show/objections`));
    const panel = page.getByTestId('round-objections');
    await panel.getByText('没有异议').waitFor();
    await page.getByTestId('record-objection').getByRole('button').click();
    await dialog().locator('textarea[name=reason]').fill('中签家庭的孩子不符合本班年龄要求');
    await dialog().getByRole('button', { name: '登记异议' }).click();
    await panel.getByRole('button', { name: '处理' }).click();
    await dialog().getByLabel('异议成立').check();
    await dialog().locator('textarea[name=resolution]').fill('经核实年龄不符，取消其资格');
    await dialog().getByRole('button', { name: '处理' }).click();
    await panel.getByTestId('objection-row').getByText('成立').waitFor();
    await panel.getByRole('button', { name: '更正结果' }).click();
    const d = page.getByTestId('correction-dialog');
    await d.getByText('用同一种子、同样的名额重新计算').waitFor();
    await d.getByText('公示期从更正时重新计算', { exact: false }).waitFor();
    // Submitting an empty row is refused on the row, before asking the API.
    await dialog().getByRole('button', { name: '更正并重新计算' }).click();
    await d.getByText('请选择申请').waitFor();
    const row = d.getByTestId('correction-row');
    await row.getByRole('combobox').first().click();
    await page.getByRole('option', { name: /中签/ }).first().click();
    await row.getByRole('combobox').nth(1).click();
    // A winner may have its tier corrected or be disqualified, not be reinstated.
    await page.getByRole('option', { name: '取消资格' }).waitFor();
    expect(await page.getByRole('option').allInnerTexts()).toEqual(['更正优先级', '取消资格']);
    await page.getByRole('option', { name: '取消资格' }).click();
    await dialog().getByRole('button', { name: '更正并重新计算' }).click();
    await d.getByText('结果已更正，公示期重新开始').waitFor();
    const moves = d.getByTestId('correction-move');
    await moves.nth(1).waitFor();
    const texts = await moves.allInnerTexts();
    expect(texts.some((t) => /中签第 \d 位 → 取消资格$/.test(t))).toBe(true);
    expect(texts.some((t) => /候补第 1 位 → 中签第 \d 位$/.test(t))).toBe(true);
    await dialog().getByRole('button', { name: '关闭' }).click();
    // The objection is used: no second correction is offered; the notice preview publishes the correction.
    await panel.getByTestId('objection-row').getByText('成立').waitFor();
    expect(await panel.getByRole('button', { name: '更正结果' }).count()).toBe(0);
    const statuses = (await roundOf(roundId)).applications.map((a) => a.status).sort();
    expect(statuses).toEqual(['DISQUALIFIED', 'WON', 'WON']);
    await page.goto(url(`/ApplicationRound/${roundId}/show/notice`));
    const correction = page.getByTestId('notice-correction');
    await correction.getByText(/：取消资格$/).waitFor();
    expect(await correction.getByTestId('correction-move').count()).toBe(texts.length);
  });

  it('records and resolves an objection, then confirms once the notice period is over', async () => {
    if (!api.sql) return;
    await page.goto(url(`/ApplicationRound/${roundId}/show/objections`));
    const panel = page.getByTestId('round-objections');
    await panel.getByTestId('objection-row').first().waitFor();
    expect(await page.getByTestId('confirm-button').getAttribute('data-reason')).toMatch(
      /^公示期至 .+ 结束，期满后才能确认$/,
    );
    await page.getByTestId('record-objection').getByRole('button').click();
    await dialog().locator('textarea[name=reason]').fill('候补家庭对摇号顺序有疑问');
    await dialog().getByRole('button', { name: '登记异议' }).click();
    await panel.getByTestId('objection-row').getByText('待处理').waitFor();
    await api.sql(`update application_round set notice_ends_at = now() - interval '1 second' where id = $1`, [roundId]);
    await page.reload();
    await page.getByTestId('confirm-blocked').getByText('尚有 1 条异议未处理，处理后才能确认').waitFor();
    await panel.getByRole('button', { name: '处理' }).click();
    await dialog().getByLabel('异议不成立').check();
    await dialog().locator('textarea[name=resolution]').fill('已向家庭说明摇号规则，顺序可公开核验');
    await dialog().getByRole('button', { name: '处理' }).click();
    await panel.getByTestId('objection-row').getByText('不成立').waitFor();
    await page.getByTestId('confirm-button').getByRole('button', { name: '确认结果' }).click();
    await dialog().getByText('确认只进行一次，不能撤销').waitFor();
    await dialog().getByRole('button', { name: '确认', exact: true }).click();
    await page.getByText('摇号结果已确认').first().waitFor();
    expect((await roundOf(roundId)).status).toBe('CONFIRMED');
  });

  it('shows the round’s class on the dashboard’s 报名需求 panel with its applications per place', async () => {
    if (!api.sql) return;
    const { roundDemand } = await api.gql<{
      roundDemand: { label: string; applications: number; places: number; ratio: number }[];
    }>(
      `query ($d: LocalDate!) { roundDemand(from: $d, to: $d, groupBy: CLASS) { label applications places ratio } }`,
      { d: s.today },
      STAFF,
    );
    const mine = roundDemand.find((r) => r.label === '界面测试·点名班')!;
    expect(mine.places).toBe(2);
    await page.goto(url('/'));
    await page.locator('.MuiSelect-select').first().click();
    await page.getByRole('option', { name: '自定义' }).click();
    await fillPicker('from', s.today);
    await fillPicker('to', s.today);
    const panel = page.getByTestId('demand');
    const row = panel.getByTestId('demand-row').filter({ hasText: '界面测试·点名班' });
    await row.waitFor();
    expect(await row.getByTestId('demand-ratio').innerText()).toBe(`${mine.ratio.toFixed(1)} 倍`);
    await panel.getByTestId('demand-by-CATEGORY').click();
    await panel.getByTestId('demand-row').filter({ hasText: '暑' }).first().waitFor();
    // A period without rounds says so.
    await fillPicker('from', '2020-01-01');
    await fillPicker('to', '2020-01-31');
    await panel.getByTestId('demand-empty').getByText('所选期间没有报名轮次').waitFor();
  });
});

/**
 * A round over two classes of one project: chosen on the opening form (the places follow the classes ticked),
 * applications with choices in order, the round's classes and each application's choices and class on the
 * round page, both classes' pages listing the round, and after the draw the class of each outcome on the
 * page and the notice preview.
 */
describe('district staff: a round over two classes, applicants listing them in order', () => {
  let classes: { id: string; name: string }[] = [];
  let people: { id: string; name: string }[] = [];
  let severalId = '';
  const orders = [['B', 'A'], ['A'], ['A', 'B']];
  beforeAll(async () => {
    // The project of the describe above (set up here when this block runs alone).
    s ??= await setUpWorkflow(api, STAFF);
    const make = async (name: string, capacity: number) =>
      (
        await api.gql<{ createServiceClass: { id: string } }>(
          `mutation ($projectId: ID!, $name: String!, $capacity: Int!, $startsOn: LocalDate!, $endsOn: LocalDate!) {
            createServiceClass(data: { projectId: $projectId, name: $name, careType: FULL_DAY, capacity: $capacity,
              startsOn: $startsOn, endsOn: $endsOn, weekdays: [1, 2, 3, 4, 5], dailyStart: "08:00:00",
              dailyEnd: "17:00:00", feePerDayFen: 0 }) { id } }`,
          { projectId: s.projectId, name, capacity, ...s.dates.class },
          STAFF,
        )
      ).createServiceClass.id;
    classes = [
      { id: await make('界面测试·志愿甲班', 1), name: '界面测试·志愿甲班' },
      { id: await make('界面测试·志愿乙班', 1), name: '界面测试·志愿乙班' },
    ];
    people = (
      await api.gql<{ beneficiaries: { id: string; name: string }[] }>(
        `{ beneficiaries(take: 40, orderBy: [{ name: ASC }], where: { birthDate: { lte: "1990-01-01" } }) { id name } }`,
        {},
        STAFF,
      )
    ).beneficiaries.filter((p, i, all) => all.findIndex((q) => q.name === p.name) === i);
    people = people.slice(0, 3);
  }, 60_000);

  it('opens the round on the first class with the second ticked: the places follow the classes chosen', async () => {
    await signIn(STAFF);
    await page.goto(url(`/ServiceClass/${classes[0].id}/show/enrollments`));
    await page.getByTestId('class-rounds').getByRole('button', { name: '发起摇号' }).click();
    expect(await dialog().locator('input[name=places]').inputValue()).toBe('1');
    await dialog()
      .getByRole('combobox', { name: /一起摇号的其他班级/ })
      .click();
    await page.getByRole('option', { name: new RegExp(classes[1].name) }).click();
    await page.keyboard.press('Escape');
    expect(await dialog().locator('input[name=places]').inputValue()).toBe('2');
    await dialog().getByText('所选 2 个班级剩余名额共 2 个').waitFor();
    await dialog().getByRole('button', { name: '发布' }).click();
    await dialog().getByTestId('seed-hash').waitFor();
    await dialog().getByRole('link', { name: '查看报名轮次' }).click();
    await page.waitForURL(/\/ApplicationRound\/[^/]+\/show/);
    severalId = /ApplicationRound\/([^/]+)\/show/.exec(page.url())![1];
    // Both classes' pages list the round, with its classes named.
    for (const c of classes) {
      await page.goto(url(`/ServiceClass/${c.id}/show/enrollments`));
      const row = page.getByTestId('class-rounds').getByTestId('round-row');
      await row.getByText(`A ${classes[0].name}、B ${classes[1].name}`).waitFor();
    }
  });

  it('takes choices in order and shows each application’s choices and the round’s classes', async () => {
    await page.goto(url(`/ApplicationRound/${severalId}/show/applications`));
    const section = page.getByTestId('round-classes');
    await section.getByTestId('round-class-row').nth(1).waitFor();
    expect(await section.getByTestId('round-class-row').count()).toBe(2);
    for (const [i, person] of people.entries()) {
      await page.getByRole('button', { name: '报名', exact: true }).click();
      await dialog().locator('input[name=beneficiaryId]').fill(person.name);
      await page
        .getByRole('option', { name: new RegExp(`^${person.name}`) })
        .first()
        .click();
      const pickChoice = async (n: number, label: string) => {
        await dialog()
          .getByRole('combobox', { name: new RegExp(`^第 ${n + 1} 志愿`) })
          .click();
        await page.getByRole('option', { name: new RegExp(`^${label} · `) }).click();
      };
      for (const [n, label] of orders[i].entries()) await pickChoice(n, label);
      await dialog().getByRole('button', { name: '提交申请' }).click();
      await dialog().getByTestId('applied').waitFor();
      await dialog().getByRole('button', { name: '关闭' }).click();
    }
    const rows = page.getByTestId('application-row');
    await rows.nth(2).waitFor();
    for (const [i, order] of orders.entries()) expect(await rows.nth(i).innerText()).toContain(order.join(' › '));
  });

  it('after the draw shows the class of each outcome on the page and on the notice preview', async () => {
    if (!api.sql) return;
    await api.sql(
      `update application_round set opens_at = now() - interval '2 hours', closes_at = now() - interval '1 second'
        where id = $1`,
      [severalId],
    );
    await api.gql(`mutation ($id: ID!) { drawApplicationRound(id: $id) { id } }`, { id: severalId }, STAFF);
    await page.goto(url(`/ApplicationRound/${severalId}/show/applications`));
    const rows = page.getByTestId('application-row');
    await rows.nth(2).waitFor();
    const texts = await rows.allInnerTexts();
    // Two places, one per class: two winners placed in a class they chose, the third waits on its first choice.
    expect(texts.filter((t) => t.includes('中签第 1 位'))).toHaveLength(2);
    for (const t of texts) expect(t).toMatch(/[AB] · 界面测试·志愿[甲乙]班/);
    await page.goto(url(`/ApplicationRound/${severalId}/show/notice`));
    const preview = page.getByTestId('notice-preview');
    await preview.getByTestId('notice-class').nth(1).waitFor();
    expect(await preview.getByTestId('notice-result').count()).toBe(3);
    expect(
      (await preview.getByTestId('notice-application').allInnerTexts()).map(
        (t) => /[AB](?: › [AB])?$/.exec(t.trim())?.[0],
      ),
    ).toEqual(orders.map((o) => o.join(' › ')));
  });
});
