import argon2 from 'argon2';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { PiiCipher } from '../../common/crypto/pii';
import type { Logger } from '../../common/logger';
import { Organization } from '../../modules/organization/organization.entity';
import { systemFork } from '../database';
import { buildAttendance, buildVerifications } from './demo-attendance';
import { demoCalendar, type DemoCalendar } from './demo-calendar';
import { CLASSES } from './demo-class-list';
import { buildClasses } from './demo-classes';
import { DemoContext } from './demo-context';
import { buildEnrollments } from './demo-enrollments';
import { insertDemoRows } from './demo-insert';
import { buildOrganizations } from './demo-organizations';
import { buildPartnerships } from './demo-partnerships';
import { buildPeople } from './demo-people';
import { buildRounds } from './demo-rounds';
import { buildProjects } from './demo-projects';
import { buildEvaluations, buildNeeds } from './demo-needs';
import { buildServiceRecords } from './demo-service-records';
import { shiftDemo } from './demo-shift';
import { buildSocialGroups } from './demo-social-groups';
import { buildUsers, DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-users';
import { buildVenues } from './demo-venues';

export { DEMO_ACCOUNTS };

/** Serializes concurrent seeders (two processes starting on one empty database): arbitrary constant. */
const SEED_LOCK = 20_250_714;

/**
 * Builds every demo row in memory, deterministically for a load date: the same ids and values on every
 * run and machine (only the AES-GCM IVs of encrypted ID numbers and the argon2 salts differ). Order
 * matters: ids come from one counter. The story is told as of the calendar's today and then moved to the
 * load date (demo-calendar.ts, demo-shift.ts).
 */
export function buildDemoData(
  pii: PiiCipher,
  passwordHashes: Map<string, string>,
  calendar: DemoCalendar,
): DemoContext {
  const ctx = new DemoContext(pii, calendar);
  buildOrganizations(ctx);
  buildSocialGroups(ctx);
  buildPartnerships(ctx);
  buildVenues(ctx);
  buildUsers(ctx, passwordHashes);
  buildProjects(ctx);
  const classes = buildClasses(ctx, CLASSES);
  const people = buildPeople(ctx);
  const enrollments = buildEnrollments(ctx, classes, people);
  buildAttendance(ctx, enrollments);
  buildVerifications(ctx, classes);
  buildServiceRecords(ctx, people);
  buildNeeds(ctx, people);
  buildEvaluations(ctx);
  buildRounds(ctx, people); // last: adds classes and rows without moving any other row's id
  shiftDemo(ctx);
  return ctx;
}

async function hashPasswords(): Promise<Map<string, string>> {
  const hashes = await Promise.all(
    DEMO_ACCOUNTS.map(async (a) => [a.username, await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id })] as const),
  );
  return new Map(hashes);
}

/**
 * Loads the demo data as of `loadDate` ('YYYY-MM-DD', China time) when the database has no organization
 * yet, in one transaction (all or nothing), and returns the number of rows per table; null when the
 * database already had data. Logs counts only: never names, ID numbers or phone numbers.
 */
export async function loadDemoIfEmpty(
  orm: MikroORM,
  pii: PiiCipher,
  logger: Logger,
  loadDate: string,
): Promise<Record<string, number> | null> {
  const started = Date.now();
  const em = systemFork(orm);
  const isEmpty = async (e: typeof em) => (await e.count(Organization, {}, { filters: false })) === 0;
  if (!(await isEmpty(em))) return null;

  const calendar = demoCalendar(loadDate);
  const ctx = buildDemoData(pii, await hashPasswords(), calendar);
  const counts = await em.transactional(async (tx) => {
    await tx.execute('select pg_advisory_xact_lock(?)', [SEED_LOCK]);
    if (!(await isEmpty(tx))) return null; // another process seeded meanwhile
    return insertDemoRows(tx, ctx);
  });
  if (counts) logger.info({ counts, asOf: calendar.loadDate, ms: Date.now() - started }, 'demo data loaded');
  return counts;
}

/** Loads the demo data into an empty database; false when there was data already (main.ts). */
export async function seedDemoIfEmpty(
  orm: MikroORM,
  pii: PiiCipher,
  logger: Logger,
  loadDate: string,
): Promise<boolean> {
  return (await loadDemoIfEmpty(orm, pii, logger, loadDate)) !== null;
}
