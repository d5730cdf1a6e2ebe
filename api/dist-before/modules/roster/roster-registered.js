"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.withRegistered = withRegistered;
exports.summary = summary;
const beneficiary_entity_1 = require("../beneficiary/beneficiary.entity");
const guardianship_entity_1 = require("../beneficiary/guardianship.entity");
const enrollment_enums_1 = require("../enrollment/enrollment.enums");
/**
 * The roster checks that need the database: people already registered with a row's ID number
 * (found through the keyed hash, never the clear value) and the dry run's report.
 */
const NO_SCOPE = { filters: { scope: false } };
/** Finds people already registered with the rows' ID numbers (keyed hash): reused if in scope, else an error. */
async function withRegistered(em, ctx, rows) {
    const hashOf = (id) => (id ? ctx.pii.hash(id) : null);
    const hashes = [
        ...new Set(rows.flatMap((r) => [hashOf(r.person.idNumber), hashOf(r.guardian?.idNumber ?? null)])),
    ].filter((h) => !!h);
    const all = hashes.length
        ? await em.find(beneficiary_entity_1.Beneficiary, { idNumberHash: { $in: hashes } }, { ...NO_SCOPE, fields: ['id', 'name', 'idNumberHash'] })
        : [];
    const visible = new Set(all.length
        ? (await em.find(beneficiary_entity_1.Beneficiary, { id: { $in: all.map((b) => b.id) } }, { fields: ['id'] })).map((b) => b.id)
        : []);
    const byHash = new Map(all.map((b) => [b.idNumberHash, b]));
    const resolve = (p, field, errors) => {
        const found = p?.idNumber ? byHash.get(hashOf(p.idNumber)) : undefined;
        if (!found || !p)
            return null;
        if (!visible.has(found.id)) {
            errors[field] = '该身份证号已由其他单位登记，不能重复登记';
            return null;
        }
        if (found.name !== p.name)
            errors[field] = '该身份证号已登记，但姓名与登记信息不一致';
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
async function reuseKnownGuardians(em, rows) {
    const open = rows.filter((r) => r.existingId && r.guardian && !r.guardianExistingId && !r.guardian.idNumber);
    if (!open.length)
        return;
    const links = await em.find(guardianship_entity_1.Guardianship, { ward: { $in: open.map((r) => r.existingId) } }, { ...NO_SCOPE, populate: ['guardian'] });
    for (const r of open) {
        const g = links.find((l) => l.ward.id === r.existingId && l.guardian.name === r.guardian.name && l.guardian.phone === r.guardian.phone);
        if (g)
            r.guardianExistingId = g.guardian.id;
    }
}
/** What a dry run reports: each row's errors, and who would be enrolled or waitlisted in file order. */
function summary(rows, cls, dryRun) {
    let free = Math.max(0, cls.capacity - cls.enrolledCount);
    const valid = rows.filter((r) => Object.keys(r.errors).length === 0);
    const out = rows.map((r) => {
        const ok = Object.keys(r.errors).length === 0;
        const status = ok ? (free-- > 0 ? enrollment_enums_1.EnrollmentStatus.ENROLLED : enrollment_enums_1.EnrollmentStatus.WAITLISTED) : null;
        return {
            index: r.index,
            errors: Object.entries(r.errors).map(([field, message]) => ({ field, message })),
            existing: Boolean(r.existingId),
            status,
            beneficiaryId: null,
        };
    });
    const enrolled = out.filter((r) => r.status === enrollment_enums_1.EnrollmentStatus.ENROLLED).length;
    const newGuardians = new Set(valid
        .filter((r) => r.guardian && !r.guardianExistingId)
        .map((r) => r.guardian.idNumber ?? `${r.guardian.name}|${r.guardian.phone}`));
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
//# sourceMappingURL=roster-registered.js.map