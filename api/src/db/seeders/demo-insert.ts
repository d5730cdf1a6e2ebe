import type { EntityData, EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../../modules/account/user.entity';
import { Attendance } from '../../modules/attendance/attendance.entity';
import { Beneficiary } from '../../modules/beneficiary/beneficiary.entity';
import { Consent } from '../../modules/beneficiary/consent.entity';
import { Guardianship } from '../../modules/beneficiary/guardianship.entity';
import { ClassSession } from '../../modules/class/class-session.entity';
import { ServiceClass } from '../../modules/class/service-class.entity';
import { Enrollment } from '../../modules/enrollment/enrollment.entity';
import { Evaluation } from '../../modules/evaluation/evaluation.entity';
import { ApplicationRound } from '../../modules/lottery/application-round.entity';
import { Application } from '../../modules/lottery/application.entity';
import { RoundClass } from '../../modules/lottery/round-class.entity';
import { NeedRequest } from '../../modules/need/need-request.entity';
import { Organization } from '../../modules/organization/organization.entity';
import { Partnership } from '../../modules/partnership/partnership.entity';
import { ApprovalStep } from '../../modules/project/approval-step.entity';
import { ProjectPartner } from '../../modules/project/project-partner.entity';
import { ServiceProject } from '../../modules/project/service-project.entity';
import { SubsidyPolicy } from '../../modules/project/subsidy-policy.entity';
import { ServiceRecord } from '../../modules/service-record/service-record.entity';
import { SocialGroup } from '../../modules/social-group/social-group.entity';
import { Venue } from '../../modules/venue/venue.entity';
import type { DemoContext, DemoRows } from './demo-context';
import { organizationDepths } from './demo-organizations';

/**
 * Writes the built rows with multi-row INSERTs (em.insertMany), bypassing the unit of work: thousands of
 * attendance rows go in a few statements instead of one per entity. Chunks stay well below PostgreSQL's
 * 65535 bind parameters per statement.
 */
const CHUNK = 1000;

/** Table order: every foreign key points at rows inserted earlier. */
const ORDER: { [K in keyof DemoRows]: EntityName<object> } = {
  organization: Organization,
  socialGroup: SocialGroup,
  partnership: Partnership,
  venue: Venue,
  user: User,
  serviceProject: ServiceProject,
  projectPartner: ProjectPartner,
  approvalStep: ApprovalStep,
  subsidyPolicy: SubsidyPolicy,
  serviceClass: ServiceClass,
  classSession: ClassSession,
  beneficiary: Beneficiary,
  guardianship: Guardianship,
  consent: Consent,
  enrollment: Enrollment,
  attendance: Attendance,
  serviceRecord: ServiceRecord,
  needRequest: NeedRequest,
  evaluation: Evaluation,
  applicationRound: ApplicationRound,
  roundClass: RoundClass,
  application: Application,
};

async function insertChunked(em: EntityManager, entity: EntityName<object>, rows: EntityData<object>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await em.insertMany(entity, rows.slice(i, i + CHUNK));
}

/** Inserts everything and returns the number of rows per table. */
export async function insertDemoRows(em: EntityManager, ctx: DemoContext): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [key, entity] of Object.entries(ORDER) as [keyof DemoRows, EntityName<object>][]) {
    const rows = ctx.rows[key] as EntityData<object>[];
    if (key === 'organization') {
      // The path trigger reads the parent's path: insert the tree one depth at a time.
      const depth = organizationDepths(ctx);
      const max = Math.max(...depth.values());
      for (let d = 0; d <= max; d++) {
        await insertChunked(
          em,
          entity,
          ctx.rows.organization.filter((r) => depth.get(r.id) === d),
        );
      }
    } else {
      await insertChunked(em, entity, rows);
    }
    counts[key] = rows.length;
  }
  for (let i = 0; i < ctx.verifications.length; i += CHUNK) {
    const chunk = ctx.verifications.slice(i, i + CHUNK);
    await em.execute(
      `update class_session s set attendance_verified_at = v.at, attendance_verified_by_id = v.by
         from unnest(?::uuid[], ?::timestamptz[], ?::uuid[]) as v(id, at, by) where s.id = v.id`,
      [
        `{${chunk.map((v) => v.session).join(',')}}`,
        `{${chunk.map((v) => v.at.toISOString()).join(',')}}`,
        `{${chunk.map((v) => v.by).join(',')}}`,
      ],
    );
  }
  counts.verifiedSessions = ctx.verifications.length;
  // The report summaries, built from what was just inserted (one pass instead of folding thousands of
  // dirty keys on the first dashboard read). Statistics first: the tables were empty when last analyzed,
  // and autovacuum cannot see this transaction's rows, so the rebuild's joins were planned for empty tables
  // (21 s instead of 3 s on a 2-vCPU machine). ANALYZE counts the transaction's own inserted rows.
  await em.execute('analyze');
  await em.execute('select report_rebuild()');
  return counts;
}
