import type { RunningApi } from './api-client';
import { addDays, chinaToday, workflowDates } from './workflow-dates';

/**
 * What the workflow browser tests set up through the API (as district staff), so that the browser
 * drives the workflows themselves: a project of a street union (approved by 西山区总工会), a class
 * around today (sessions in the past to record, one today to check in: the days are workflowDates'),
 * and three demo children with a consent and a guardian who may pick them up, the first also with a
 * guardian who may not.
 */
export interface Child {
  id: string;
  name: string;
  birthDate: string;
  pickUp: { id: string; name: string };
}

export async function setUpWorkflow(api: RunningApi, who = 'xishan-staff') {
  const dates = workflowDates(chinaToday());
  const { today } = dates;
  const { organizations } = await api.gql<{ organizations: { id: string }[] }>(
    `{ organizations(where: { name: { equals: "福海街道总工会" } }) { id } }`,
    {},
    who,
  );
  const project = await api.gql<{ createServiceProject: { id: string; version: number } }>(
    `mutation ($sponsorId: ID!, $startsOn: LocalDate!, $endsOn: LocalDate!) {
      createServiceProject(data: { name: "界面测试·社区暑托班", category: SUMMER_CARE, sponsorId: $sponsorId,
        startsOn: $startsOn, endsOn: $endsOn, budgetFen: 5000000 }) { id version }
    }`,
    { sponsorId: organizations[0].id, ...dates.project },
    who,
  );
  // Check-in takes the real clock and the API accepts it within the session's hours: a class meeting all
  // day keeps the test independent of the time of day it runs at.
  const cls = await api.gql<{ createServiceClass: { id: string } }>(
    `mutation ($projectId: ID!, $startsOn: LocalDate!, $endsOn: LocalDate!) {
      createServiceClass(data: { projectId: $projectId, name: "界面测试·点名班", careType: FULL_DAY, capacity: 2,
        startsOn: $startsOn, endsOn: $endsOn, weekdays: [1, 2, 3, 4, 5, 6, 7], dailyStart: "00:00:00",
        dailyEnd: "23:59:00", feePerDayFen: 13000 }) { id }
    }`,
    { projectId: project.createServiceProject.id, ...dates.class },
    who,
  );
  // Children with a consent on record and a guardian who may pick them up (distinct names for the search
  // box); the first also has a registered guardian who may not (demo families where one parent may not).
  const find = (extra: string) =>
    api.gql<{
      beneficiaries: {
        id: string;
        name: string;
        birthDate: string;
        guardians: { mayPickUp: boolean; guardian: { id: string; name: string } }[];
      }[];
    }>(
      `query ($born: LocalDate!) { beneficiaries(take: 40, orderBy: [{ name: ASC }], where: {
          birthDate: { gte: $born }, consents: { some: { withdrawnAt: { isNull: true } } },
          AND: [{ guardians: { some: { mayPickUp: { equals: true } } } }${extra}] }) {
        id name birthDate guardians { mayPickUp guardian { id name } } } }`,
      { born: addDays(today, -12 * 365) },
      who,
    );
  const withRefusal = (await find(', { guardians: { some: { mayPickUp: { equals: false } } } }')).beneficiaries;
  const others = (await find('')).beneficiaries;
  const seen = new Set<string>();
  const children: Child[] = [];
  for (const b of [withRefusal[0], ...others]) {
    if (!b || seen.has(b.name)) continue;
    seen.add(b.name);
    children.push({
      id: b.id,
      name: b.name,
      birthDate: b.birthDate,
      pickUp: b.guardians.find((g) => g.mayPickUp)!.guardian,
    });
    if (children.length === 3) break;
  }
  const notAllowed = withRefusal[0].guardians.find((g) => !g.mayPickUp)!.guardian;
  const need = await api.gql<{ createNeedRequest: { id: string } }>(
    `mutation ($raisedById: ID!) {
      createNeedRequest(data: { raisedById: $raisedById, category: SUMMER_CARE, title: "界面测试·双职工家庭暑期看护需求",
        peopleAffected: 12 }) { id }
    }`,
    { raisedById: organizations[0].id },
    who,
  );
  return {
    today,
    dates,
    sponsorId: organizations[0].id,
    needId: need.createNeedRequest.id,
    projectId: project.createServiceProject.id,
    classId: cls.createServiceClass.id,
    children,
    notAllowed,
  };
}
