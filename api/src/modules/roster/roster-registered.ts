import type { EntityManager } from '@mikro-orm/postgresql';
import type { CrudContext } from '../../common/crud/crud-service';
import type { FieldErrors } from '../../common/errors';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { ID_NUMBER_CLASH } from '../beneficiary/beneficiary.resource';
import { Guardianship } from '../beneficiary/guardianship.entity';
import type { ServiceClass } from '../class/service-class.entity';
import { EnrollmentStatus } from '../enrollment/enrollment.enums';
import type { RosterImportResult } from './roster.inputs';
import type { ParsedRow, PersonData } from './roster-rows';

/**
 * The roster checks that need the database: people already registered with a row's ID number
 * (found through the keyed hash, never the clear value) and the dry run's report.
 */
const NO_SCOPE = { filters: { scope: false } } as const;

export interface Checked extends ParsedRow {
  existingId: string | null;
  guardianExistingId: string | null;
}

/** Finds people already registered with the rows' ID numbers (keyed hash): reused if in scope, else an error. */
export async function withRegistered(em: EntityManager, ctx: CrudContext, rows: ParsedRow[]): Promise<Checked[]> {
  const hashOf = (id: string | null) => (id ? ctx.pii.hash(id) : null);
  const hashes = [
    ...new Set(rows.flatMap((r) => [hashOf(r.person.idNumber), hashOf(r.guardian?.idNumber ?? null)])),
  ].filter((h): h is string => !!h);
  const all = hashes.length
    ? await em.find(
        Beneficiary,
        { idNumberHash: { $in: hashes } },
        { ...NO_SCOPE, fields: ['id', 'name', 'idNumberHash'] },
      )
    : [];
  const visible = new Set(
    all.length
      ? (await em.find(Beneficiary, { id: { $in: all.map((b) => b.id) } }, { fields: ['id'] })).map((b) => b.id)
      : [],
  );
  const byHash = new Map(all.map((b) => [b.idNumberHash!, b]));
  // Registered outside the caller's scope, or in it under another name: one answer for both, so that the
  // dry run does not tell which ID numbers another organization has on record (docs/privacy.md).
  const resolve = (p: PersonData | null, field: string, errors: FieldErrors): string | null => {
    const found = p?.idNumber ? byHash.get(hashOf(p.idNumber)!) : undefined;
    if (!found || !p) return null;
    if (!visible.has(found.id) || found.name !== p.name) {
      errors[field] = ID_NUMBER_CLASH;
      return null;
    }
    return found.id;
  };
  const checked = rows.map((row) => ({
    ...row,
    existingId: resolve(row.person, 'idNumber', row.errors),
    guardianExistingId: resolve(row.guardian, 'guardianIdNumber', row.errors),
  }));
  await reuseKnownGuardians(em, checked);
  return checked;
}

/** A registered child's guardian named with the same name and phone (no ID number given) is that guardian. */
async function reuseKnownGuardians(em: EntityManager, rows: Checked[]): Promise<void> {
  const open = rows.filter((r) => r.existingId && r.guardian && !r.guardianExistingId && !r.guardian.idNumber);
  if (!open.length) return;
  const links = await em.find(
    Guardianship,
    { ward: { $in: open.map((r) => r.existingId!) } },
    { ...NO_SCOPE, populate: ['guardian'] },
  );
  for (const r of open) {
    const g = links.find(
      (l) =>
        l.ward.id === r.existingId && l.guardian.name === r.guardian!.name && l.guardian.phone === r.guardian!.phone,
    );
    if (g) r.guardianExistingId = g.guardian.id;
  }
}

/** What a dry run reports: each row's errors, and who would be enrolled or waitlisted in file order. */
export function summary(rows: Checked[], cls: ServiceClass, dryRun: boolean): RosterImportResult {
  let free = Math.max(0, cls.capacity - cls.enrolledCount);
  const valid = rows.filter((r) => Object.keys(r.errors).length === 0);
  const out = rows.map((r) => {
    const ok = Object.keys(r.errors).length === 0;
    const status = ok ? (free-- > 0 ? EnrollmentStatus.ENROLLED : EnrollmentStatus.WAITLISTED) : null;
    return {
      index: r.index,
      errors: Object.entries(r.errors).map(([field, message]) => ({ field, message })),
      existing: Boolean(r.existingId),
      status,
      beneficiaryId: null,
    };
  });
  const enrolled = out.filter((r) => r.status === EnrollmentStatus.ENROLLED).length;
  const newGuardians = new Set(
    valid
      .filter((r) => r.guardian && !r.guardianExistingId)
      .map((r) => r.guardian!.idNumber ?? `${r.guardian!.name}|${r.guardian!.phone}`),
  );
  return {
    dryRun,
    total: rows.length,
    valid: valid.length,
    created: valid.filter((r) => !r.existingId).length + newGuardians.size,
    enrolled,
    waitlisted: valid.length - enrolled,
    rows: out,
  };
}
