"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildPeople = buildPeople;
const beneficiary_enums_1 = require("../../modules/beneficiary/beneficiary.enums");
const demo_context_1 = require("./demo-context");
const demo_dates_1 = require("./demo-dates");
const demo_areas_1 = require("./demo-areas");
const demo_households_1 = require("./demo-households");
const demo_identifiers_1 = require("./demo-identifiers");
const demo_names_1 = require("./demo-names");
function buildPeople(ctx) {
    const rng = ctx.rng;
    const ident = new demo_identifiers_1.SyntheticIdentifiers(ctx.rng);
    const people = [];
    const rowOf = new Map();
    const add = (p) => {
        const id = ctx.id();
        const region = demo_areas_1.AREAS[p.area].region;
        const idNumber = rng.chance(p.idShare) ? ident.idNumber(region, p.birthDate, p.gender) : null;
        const categories = [...new Set(p.categories)];
        const row = {
            id,
            name: (0, demo_names_1.fullName)(rng, p.gender, p.surname),
            gender: p.gender,
            birthDate: p.birthDate,
            idNumberCipher: idNumber ? ctx.pii.encrypt(idNumber) : null,
            idNumberHash: idNumber ? ctx.pii.hash(idNumber) : null,
            idNumberLast4: idNumber ? idNumber.slice(-4) : null,
            phone: p.adult && rng.chance(p.phoneShare) ? ident.phone() : null,
            categories,
            employer: p.employerName ?? p.job?.employer ?? null,
            unionOrganization: p.union ?? null,
            homeCommunity: ctx.org(p.community),
            registeredBy: ctx.org(p.registeredBy),
            registeredByGroup: p.registeredByGroup ? ctx.group(p.registeredByGroup) : null,
            notes: p.notes ?? null,
            ...demo_context_1.DemoContext.stamp(p.registeredAt),
        };
        ctx.rows.beneficiary.push(row);
        rowOf.set(id, row);
        const person = {
            id,
            tag: p.tag,
            area: p.area,
            gender: p.gender,
            birthDate: p.birthDate,
            adult: p.adult,
            categories,
            union: p.union ?? null,
            guardians: [],
            community: p.community,
        };
        people.push(person);
        return person;
    };
    const pickUnion = (area) => {
        const key = rng.weighted(demo_areas_1.AREAS[area].unions);
        return key ? ctx.org(key) : null;
    };
    const pickJob = (area, sex) => {
        const jobs = demo_areas_1.AREAS[area].jobs.map(([k, w]) => [k, w * (sex === beneficiary_enums_1.Gender.MALE ? demo_areas_1.JOBS[k].male : 1 - demo_areas_1.JOBS[k].male)]);
        return demo_areas_1.JOBS[rng.weighted(jobs)];
    };
    for (const t of demo_households_1.HOUSEHOLDS) {
        for (let h = 0; h < t.count; h++)
            household(t);
    }
    function household(t) {
        const registeredAt = (0, demo_dates_1.chinaTime)((0, demo_dates_1.addDays)(t.ageOn, -rng.int(30, 60)), '10:00');
        const base = {
            tag: t.tag,
            area: t.area,
            community: t.community,
            registeredBy: t.registeredBy,
            registeredByGroup: t.registeredByGroup,
            registeredAt,
        };
        // Children first: the parents' ages follow from the eldest child's.
        const kidBirths = [];
        const n = rng.int(t.kids[0], t.kids[1]);
        while (kidBirths.length < n) {
            const b = (0, demo_dates_1.birthDateForAge)(rng, t.ageOn, t.months[0], t.months[1]);
            const apart = kidBirths.every((o) => Math.abs(Date.parse(o) - Date.parse(b)) > 450 * 86_400_000);
            if (apart || kidBirths.length === 0)
                kidBirths.push(b);
        }
        kidBirths.sort();
        const eldest = Number(kidBirths[0].slice(0, 4));
        const motherYear = eldest - rng.int(22, 36);
        const fatherYear = motherYear - rng.int(-1, 5);
        const adultBirth = (year) => (0, demo_dates_1.birthDateForAge)(rng, `${year}-12-31`, 0, 11);
        const surname = rng.pick(demo_names_1.SURNAMES);
        const motherSurname = rng.pick(demo_names_1.SURNAMES);
        const leftBehind = rng.chance(t.leftBehind ?? 0);
        const single = !leftBehind && rng.chance(0.12);
        const singleMother = single && rng.chance(0.75);
        const guards = [];
        const workers = [];
        const parent = (sex, year, employerParent) => {
            const area = demo_areas_1.AREAS[t.area];
            const fullTimeMother = sex === beneficiary_enums_1.Gender.FEMALE && !leftBehind && !employerParent && rng.chance(area.fullTimeMothers);
            const job = leftBehind ? demo_areas_1.JOBS.migrant : fullTimeMother ? null : pickJob(t.area, sex);
            const categories = [];
            if (sex === beneficiary_enums_1.Gender.FEMALE)
                categories.push(beneficiary_enums_1.BeneficiaryCategory.WOMAN);
            if (fullTimeMother)
                categories.push(beneficiary_enums_1.BeneficiaryCategory.FULL_TIME_MOTHER);
            let union = null;
            let employerName;
            if (employerParent && t.employer) {
                categories.push(beneficiary_enums_1.BeneficiaryCategory.WORKER);
                if (rng.chance(0.2))
                    categories.push(beneficiary_enums_1.BeneficiaryCategory.INDUSTRIAL_WORKER);
                union = ctx.org(t.employer.org);
                employerName = t.employer.name;
            }
            else if (job?.worker) {
                categories.push(beneficiary_enums_1.BeneficiaryCategory.WORKER, ...job.categories);
                if (rng.chance(0.06))
                    categories.push(beneficiary_enums_1.BeneficiaryCategory.DIFFICULT_WORKER);
                union = leftBehind ? null : pickUnion(t.area);
            }
            const p = add({
                ...base,
                gender: sex,
                birthDate: adultBirth(year),
                adult: true,
                surname: sex === beneficiary_enums_1.Gender.MALE ? surname : motherSurname,
                categories,
                job: job ?? undefined,
                employerName,
                union,
                idShare: 0.85,
                phoneShare: 0.92,
                notes: leftBehind ? '外出务工' : null,
            });
            if (categories.includes(beneficiary_enums_1.BeneficiaryCategory.WORKER))
                workers.push(p);
            return p;
        };
        const employerIsFather = rng.chance(0.5);
        const father = single && singleMother
            ? null
            : parent(beneficiary_enums_1.Gender.MALE, fatherYear, Boolean(t.employer) && (employerIsFather || (single && !singleMother)));
        const mother = single && !singleMother
            ? null
            : parent(beneficiary_enums_1.Gender.FEMALE, motherYear, Boolean(t.employer) && (!employerIsFather || singleMother));
        const parents = [father, mother].filter((p) => p !== null);
        // 双职工家庭: both parents in paid work.
        if (father && mother && workers.length === 2) {
            for (const w of workers) {
                w.categories.push(beneficiary_enums_1.BeneficiaryCategory.DUAL_EARNER_FAMILY);
                const row = rowOf.get(w.id);
                if (row)
                    row.categories = [...w.categories];
            }
        }
        const primaryIsMother = mother !== null && (father === null || rng.chance(0.6));
        // Sometimes the other parent may not fetch the child (e.g. works shifts far away); never the primary one.
        const noPickUp = parents.length === 2 && rng.chance(0.12) ? (primaryIsMother ? father : mother) : null;
        for (const p of parents) {
            guards.push({
                person: p,
                relation: p === father ? beneficiary_enums_1.GuardianRelation.FATHER : beneficiary_enums_1.GuardianRelation.MOTHER,
                primary: !leftBehind && (p === mother ? primaryIsMother : !primaryIsMother),
                mayPickUp: !leftBehind && p !== noPickUp,
            });
        }
        // Grandparents: the carers of left-behind children (article 004), or co-guardians (隔代照料, article 002).
        const grandparents = leftBehind ? rng.int(1, 2) : rng.chance(t.grandparent ?? 0) ? 1 : 0;
        const firstGrandparent = rng.pick([beneficiary_enums_1.Gender.FEMALE, beneficiary_enums_1.Gender.MALE]);
        for (let g = 0; g < grandparents; g++) {
            // The father's parents (his surname for the grandfather); a couple when there are two.
            const sex = g === 0 ? firstGrandparent : firstGrandparent === beneficiary_enums_1.Gender.MALE ? beneficiary_enums_1.Gender.FEMALE : beneficiary_enums_1.Gender.MALE;
            const year = fatherYear - rng.int(22, 30);
            const birth = adultBirth(year);
            const old = Number(t.ageOn.slice(0, 4)) - year >= 60;
            const categories = [];
            if (sex === beneficiary_enums_1.Gender.FEMALE)
                categories.push(beneficiary_enums_1.BeneficiaryCategory.WOMAN);
            if (old)
                categories.push(beneficiary_enums_1.BeneficiaryCategory.ELDERLY);
            const gp = add({
                ...base,
                gender: sex,
                birthDate: birth,
                adult: true,
                surname: sex === beneficiary_enums_1.Gender.MALE ? surname : undefined,
                categories,
                union: null,
                idShare: 0.85,
                phoneShare: 0.7,
            });
            guards.push({ person: gp, relation: beneficiary_enums_1.GuardianRelation.GRANDPARENT, primary: leftBehind && g === 0, mayPickUp: true });
        }
        for (const birth of kidBirths) {
            const sex = rng.pick([beneficiary_enums_1.Gender.MALE, beneficiary_enums_1.Gender.FEMALE]);
            const months = (0, demo_dates_1.ageInMonths)(birth, t.ageOn);
            const categories = [months < 36 ? beneficiary_enums_1.BeneficiaryCategory.INFANT : beneficiary_enums_1.BeneficiaryCategory.CHILD];
            if (leftBehind)
                categories.push(beneficiary_enums_1.BeneficiaryCategory.LEFT_BEHIND_CHILD);
            // About one in five left-behind children is also a child in difficulty (241 of 1260, article 004).
            if (leftBehind && rng.chance(241 / 1260))
                categories.push(beneficiary_enums_1.BeneficiaryCategory.CHILD_IN_DIFFICULTY);
            const kidSurname = father ? surname : motherSurname;
            const kid = add({
                ...base,
                gender: sex,
                birthDate: birth,
                adult: false,
                surname: kidSurname,
                categories,
                union: null,
                idShare: months < 36 ? 0.2 : 0.35,
                phoneShare: 0,
                notes: leftBehind ? '父母外出务工，由祖辈照料' : null,
            });
            kid.guardians = guards;
            for (const g of guards) {
                ctx.rows.guardianship.push({
                    id: ctx.id(),
                    guardian: g.person.id,
                    ward: kid.id,
                    relation: g.relation,
                    isPrimary: g.primary,
                    mayPickUp: g.mayPickUp,
                    ...demo_context_1.DemoContext.stamp(registeredAt),
                });
            }
        }
    }
    for (const t of demo_households_1.ELDERLY) {
        for (let i = 0; i < t.count; i++) {
            const sex = rng.pick([beneficiary_enums_1.Gender.FEMALE, beneficiary_enums_1.Gender.MALE]);
            const categories = [beneficiary_enums_1.BeneficiaryCategory.ELDERLY];
            if (sex === beneficiary_enums_1.Gender.FEMALE)
                categories.push(beneficiary_enums_1.BeneficiaryCategory.WOMAN);
            if (rng.chance(0.12))
                categories.push(beneficiary_enums_1.BeneficiaryCategory.DISABLED);
            add({
                tag: t.tag,
                area: t.area,
                gender: sex,
                birthDate: (0, demo_dates_1.birthDateForAge)(rng, t.ageOn, t.years[0] * 12, t.years[1] * 12 + 11),
                adult: true,
                categories,
                union: null,
                community: t.community,
                registeredBy: t.registeredBy,
                registeredAt: (0, demo_dates_1.chinaTime)((0, demo_dates_1.addDays)(t.ageOn, -rng.int(30, 90)), '10:00'),
                idShare: 0.9,
                phoneShare: 0.6,
            });
        }
    }
    return people;
}
//# sourceMappingURL=demo-people.js.map