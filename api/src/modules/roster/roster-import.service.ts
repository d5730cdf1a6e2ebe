import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { CrudService, type CrudContext } from '../../common/crud/crud-service';
import { isUuid } from '../../common/crud/paging';
import type { ResourceSpec } from '../../common/resource';
import { assertCanWrite } from '../../common/scope/access';
import type { Context } from '../../graphql/context';
import { badInput, notFound, throwIfCancelled, type FieldErrors } from '../../common/errors';
import { recordAudit } from '../audit/audit.service';
import { beneficiaryResource } from '../beneficiary/beneficiary.resource';
import { consentResource } from '../beneficiary/consent.resource';
import { activeConsentHolders } from '../beneficiary/consent.service';
import { Guardianship } from '../beneficiary/guardianship.entity';
import { guardianshipResource } from '../beneficiary/guardianship.resource';
import { ClassStatus } from '../class/class.enums';
import { ServiceClass } from '../class/service-class.entity';
import { Enrollment } from '../enrollment/enrollment.entity';
import { EnrollmentStatus } from '../enrollment/enrollment.enums';
import { enrollmentResource } from '../enrollment/enrollment.resource';
import { enrollManyInTransaction } from '../enrollment/enrollment.bulk';
import { inClassTurn } from '../enrollment/class-turns';
import { progressReporter, type ProgressReporter } from '../progress/work-progress';
import { ServiceProject } from '../project/service-project.entity';
import type { RosterImportResult, RosterRowInput } from './roster.inputs';
import { markFileDuplicates, parseRow, type ParsedRow, type PersonData } from './roster-rows';
import { summary, withRegistered, type Checked } from './roster-registered';
import type { ConsentNotice } from '../beneficiary/consent-notices';

/**
 * 名单导入: registers the people of a roster file and enrolls them in a class.
 *
 * Every call checks every row (roster-rows.ts, then against the database: a registered person with
 * the same ID number through the keyed hash, a live enrollment in this class, consent). A dry run
 * stops there and writes nothing. A commit runs the same checks and, only if no row has an error,
 * in ONE transaction registers the new people and guardians, their guardianships and written
 * consents (through the generic CRUD service's bulk create, so the usual rules and audit events apply)
 * and enrolls every row through the enrollment rules at once (enrollment.bulk.ts: capacity, waitlist,
 * price; the class locked only for that step); any failure, or the client going away, rolls all of it back.
 */
export const MAX_ROSTER_ROWS = 2000;
/** The consent's notice version: the written form the guardian signed on paper. */
export const ROSTER_CONSENT_NOTICE: keyof typeof ConsentNotice = 'roster-paper-v1';
const NO_SCOPE = { filters: { scope: false } } as const;
const LIVE = [EnrollmentStatus.ENROLLED, EnrollmentStatus.WAITLISTED];
/** People registered per statement batch; the progress moves once per part. */
const PEOPLE_PER_PART = 250;

const people = new CrudService(beneficiaryResource as unknown as ResourceSpec);
const guardianships = new CrudService(guardianshipResource as unknown as ResourceSpec);
const consents = new CrudService(consentResource as unknown as ResourceSpec);

export async function importRoster(
  ctx: CrudContext & Pick<Context, 'systemEm' | 'logger'>,
  classId: string,
  rows: RosterRowInput[],
  dryRun: boolean,
  progressKey?: string | null,
): Promise<RosterImportResult> {
  assertCanWrite(ctx, enrollmentResource as unknown as ResourceSpec);
  assertCanWrite(ctx, beneficiaryResource as unknown as ResourceSpec);
  if (rows.length === 0) throw badInput({ rows: '名单为空' });
  if (rows.length > MAX_ROSTER_ROWS) throw badInput({ rows: `一次最多导入${MAX_ROSTER_ROWS}行` });
  // Progress under the client's key (work-progress.ts): DONE only once the transaction has committed.
  const progress = await progressReporter(ctx, 'importRoster', progressKey, rows.length);
  try {
    const result = await (dryRun ? checkOnly(ctx, classId, rows, progress) : commitAll(ctx, classId, rows, progress));
    await progress.finish(true);
    return result;
  } catch (e) {
    await progress.finish(false);
    throw e;
  }
}

async function checkOnly(ctx: CrudContext, classId: string, rows: RosterRowInput[], progress: ProgressReporter) {
  const { checked, cls } = await check(ctx.em, ctx, classId, rows, progress);
  return summary(checked, cls, true);
}

function commitAll(ctx: CrudContext, classId: string, rows: RosterRowInput[], progress: ProgressReporter) {
  // In the class's turn (class-turns.ts): enrollments arriving meanwhile wait without holding a connection.
  return inClassTurn(classId, () =>
    ctx.em.transactional(async (tx) => {
      const txCtx = { ...ctx, em: tx };
      // The class is locked only for the enrollments at the end (enrollManyInTransaction), not while the
      // people, guardians and consents are written: enrollments of others wait the shortest time.
      const { checked, cls } = await check(tx, txCtx, classId, rows, progress, 25);
      throwIfCancelled(ctx.signal);
      const errors: FieldErrors = {};
      for (const row of checked) for (const [f, m] of Object.entries(row.errors)) errors[`rows.${row.index}.${f}`] = m;
      if (Object.keys(errors).length) throw badInput(errors, '名单有误，未导入任何记录');
      return commit(tx, txCtx, cls, checked, progress);
    }),
  );
}

/** Checks every row; `share` is the part of the whole work's progress the check stands for. */
async function check(
  em: EntityManager,
  ctx: CrudContext,
  classId: string,
  inputs: RosterRowInput[],
  progress: ProgressReporter,
  share = 100,
) {
  await progress.step('CHECKING', 0);
  const cls = isUuid(classId) ? await em.findOne(ServiceClass, { id: classId }) : null;
  if (!cls) throw notFound('ServiceClass', classId);
  if (cls.status !== ClassStatus.OPEN) throw badInput({ classId: '班级未开放报名，不能导入名单' });
  const parsed = inputs.map((row, i) => parseRow(row, i, cls));
  markFileDuplicates(parsed);
  await progress.step('CHECKING', share * 0.3);
  const checked = await withRegistered(em, ctx, parsed);
  await progress.step('CHECKING', share * 0.8);
  const existingIds = checked.map((r) => r.existingId).filter((id): id is string => !!id);
  if (existingIds.length) {
    const live = await em.find(
      Enrollment,
      { serviceClass: cls.id, beneficiary: { $in: existingIds }, status: { $in: LIVE } },
      { ...NO_SCOPE, fields: ['beneficiary'] },
    );
    const enrolled = new Set(live.map((e) => e.beneficiary.id));
    for (const row of checked) {
      if (row.existingId && enrolled.has(row.existingId)) row.errors.idNumber = '该服务对象已报名本班或在候补名单中';
    }
  }
  // A registered child may already have a consent on record; otherwise the file must carry one.
  const unsigned = checked.filter((r) => r.existingId && r.needsConsent && !r.consent && r.errors.guardianConsent);
  const consented = await activeConsentHolders(
    em,
    unsigned.map((r) => r.existingId!),
    'SERVICE_ENROLLMENT',
  );
  for (const row of unsigned) if (consented.has(row.existingId!)) delete row.errors.guardianConsent;
  return { checked, cls };
}

const toInput = (p: PersonData, registeredById: string, groupId: string | null) => ({
  name: p.name,
  gender: p.gender,
  birthDate: p.birthDate,
  idNumber: p.idNumber,
  phone: p.phone,
  categories: p.categories,
  registeredById,
  registeredByGroupId: groupId,
});

async function commit(
  tx: EntityManager,
  ctx: CrudContext,
  cls: ServiceClass,
  rows: Checked[],
  progress: ProgressReporter,
) {
  await progress.step('REGISTERING', 25);
  // New people belong to the sponsor's subtree (and to the partner that imported them).
  const project = await tx.findOneOrFail(ServiceProject, { id: cls.project.id }, NO_SCOPE);
  const sponsorId = project.sponsor.id;
  const groupId = ctx.principal?.role === 'PARTNER' ? ctx.principal.socialGroupId : null;
  let created = 0;

  // Guardians first (one per ID number, or per name and phone without one), then the people.
  const guardianKey = (g: NonNullable<ParsedRow['guardian']>) => g.idNumber ?? `${g.name}|${g.phone}`;
  const newGuardians = new Map<string, PersonData>();
  for (const r of rows) if (r.guardian && !r.guardianExistingId) newGuardians.set(guardianKey(r.guardian), r.guardian);
  // In parts, each one step of the progress between 25 % and 60 %.
  const newChildren = rows.filter((r) => !r.existingId).map((r) => r.person);
  const people = [...newGuardians.values(), ...newChildren];
  const createdIds: string[] = [];
  for (let at = 0; at < people.length; at += PEOPLE_PER_PART) {
    createdIds.push(...(await createPeople(ctx, people.slice(at, at + PEOPLE_PER_PART), sponsorId, groupId)));
    await progress.step('REGISTERING', 25 + (35 * createdIds.length) / people.length);
    throwIfCancelled(ctx.signal);
  }
  const gRows = createdIds.slice(0, newGuardians.size);
  const guardianIds = new Map([...newGuardians.keys()].map((k, i) => [k, gRows[i]]));
  const childRows = createdIds.slice(newGuardians.size);
  created += gRows.length + childRows.length;
  let next = 0;
  const ids = rows.map((r) => ({
    person: r.existingId ?? childRows[next++],
    guardian: r.guardian ? (r.guardianExistingId ?? guardianIds.get(guardianKey(r.guardian))!) : null,
  }));

  const pairs = ids.filter((x) => x.guardian).map((x) => ({ guardian: x.guardian!, ward: x.person }));
  const known = pairs.length
    ? await tx.find(Guardianship, { $or: pairs.map((p) => ({ guardian: p.guardian, ward: p.ward })) }, NO_SCOPE)
    : [];
  const links = rows
    .map((r, i) => ({ r, i }))
    .filter(
      ({ i }) =>
        ids[i].guardian && !known.some((k) => k.guardian.id === ids[i].guardian && k.ward.id === ids[i].person),
    )
    .map(({ r, i }) => ({
      guardianId: ids[i].guardian,
      wardId: ids[i].person,
      relation: r.guardian!.relation,
      isPrimary: true,
      mayPickUp: true,
    }));
  if (links.length) await guardianships.createMany(ctx, links);
  const givenAt = new Date().toISOString();
  const consentRows = rows
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.consent)
    .map(({ r, i }) => ({
      beneficiaryId: ids[i].person,
      givenById: ids[i].guardian,
      relation: r.guardian!.relation,
      purpose: 'SERVICE_ENROLLMENT',
      noticeVersion: ROSTER_CONSENT_NOTICE,
      givenAt,
    }));
  if (consentRows.length) await consents.createMany(ctx, consentRows);

  // What was created above is written; forgetting those thousands of entities keeps the enrollment step
  // from dirty-checking them. Then all rows through the enrollment rules at once, under the class lock.
  await tx.flush();
  tx.clear();
  throwIfCancelled(ctx.signal);
  await progress.step('ENROLLING', 70);
  const enrollments = await enrollManyInTransaction(
    tx,
    ctx,
    cls.id,
    rows.map((r, i) => ({
      index: r.index,
      beneficiaryId: ids[i].person,
      applicantId: ids[i].guardian,
      days: r.days,
      idempotencyKey: `roster:${randomUUID()}`,
    })),
  );
  const results = rows.map((r, i) => ({
    index: r.index,
    errors: [],
    existing: Boolean(r.existingId),
    status: enrollments[i].status,
    beneficiaryId: ids[i].person,
  }));
  const enrolled = results.filter((x) => x.status === EnrollmentStatus.ENROLLED).length;
  throwIfCancelled(ctx.signal); // the last moment before the commit
  await progress.step('COMMITTING', 90);
  recordAudit(tx, ctx, {
    action: 'importRoster',
    entityType: 'ServiceClass',
    entityId: cls.id,
    fields: ['enrollments'],
    detail: { rows: rows.length, created, enrolled, waitlisted: rows.length - enrolled },
  });
  await tx.flush();
  return {
    dryRun: false,
    total: rows.length,
    valid: rows.length,
    created,
    enrolled,
    waitlisted: rows.length - enrolled,
    rows: results,
  };
}

async function createPeople(ctx: CrudContext, list: PersonData[], sponsorId: string, groupId: string | null) {
  if (!list.length) return [];
  const created = await people.createMany(
    ctx,
    list.map((p) => toInput(p, sponsorId, groupId)),
  );
  return created.map((c) => c.id);
}
