"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildServiceRecords = buildServiceRecords;
const beneficiary_enums_1 = require("../../modules/beneficiary/beneficiary.enums");
const service_record_enums_1 = require("../../modules/service-record/service-record.enums");
const demo_context_1 = require("./demo-context");
const demo_dates_1 = require("./demo-dates");
const lanzhouWomen = (p) => p.adult && p.area === 'lanzhou' && p.gender === beneficiary_enums_1.Gender.FEMALE;
const jiangyangAdults = (p) => p.adult && p.area === 'jiangyang' && !p.categories.includes(beneficiary_enums_1.BeneficiaryCategory.ELDERLY);
const jiangyangPupils = (p) => !p.adult && p.area === 'jiangyang' && (0, demo_dates_1.ageInMonths)(p.birthDate, '2024-03-01') >= 96;
const RECORDS = [
    // Article 001: 小草's work with women workers: counselling, family intervention (家庭介入), visits.
    {
        project: 'lz-spirit-care',
        group: 'xiaocao',
        kind: service_record_enums_1.ServiceRecordKind.COUNSELING,
        count: 5,
        who: lanzhouWomen,
        from: '2025-03-03',
        days: 150,
        minutes: [45, 90],
        summary: '情绪疏导，鼓励参与社区志愿活动，恢复正常社交',
        outcome: '情绪状况改善，两周后回访',
    },
    {
        project: 'lz-spirit-care',
        group: 'xiaocao',
        kind: service_record_enums_1.ServiceRecordKind.HOME_VISIT,
        count: 2,
        who: lanzhouWomen,
        from: '2025-03-03',
        days: 150,
        minutes: [40, 60],
        summary: '入户了解家庭情况，介绍女职工精神园地服务',
        outcome: '已建立服务档案',
    },
    {
        project: 'lz-spirit-care',
        group: 'xiaocao',
        kind: service_record_enums_1.ServiceRecordKind.FAMILY_MEDIATION,
        count: 2,
        who: lanzhouWomen,
        from: '2025-03-10',
        days: 140,
        minutes: [60, 120],
        summary: '家庭介入，通过持续访谈和沟通协助化解家庭矛盾',
        outcome: '家庭沟通改善，继续跟进',
    },
    {
        project: 'lz-spirit-care',
        group: 'xiaocao',
        kind: service_record_enums_1.ServiceRecordKind.REFERRAL,
        count: 1,
        who: lanzhouWomen,
        from: '2025-04-01',
        days: 60,
        minutes: [30, 45],
        summary: '转介心理医生提供专业情绪管理支持',
        outcome: '已完成转介',
    },
    // Article 002: "解决妇女儿童心理问题8起，沟通解决家庭矛盾3起，成功挽救一名因患厌学症辍学的儿童返回学校".
    {
        project: 'jy-night-school',
        kind: service_record_enums_1.ServiceRecordKind.COUNSELING,
        count: 5,
        who: jiangyangAdults,
        from: '2024-01-08',
        days: 140,
        minutes: [45, 90],
        summary: '家庭教育专家一对一心理疏导',
        outcome: '问题已解决',
    },
    {
        project: 'jy-night-school',
        kind: service_record_enums_1.ServiceRecordKind.COUNSELING,
        count: 3,
        who: jiangyangPupils,
        from: '2024-01-08',
        days: 140,
        minutes: [40, 60],
        summary: '儿童心理辅导（监护人陪同）',
        outcome: '问题已解决',
    },
    {
        project: 'jy-night-school',
        kind: service_record_enums_1.ServiceRecordKind.FAMILY_MEDIATION,
        count: 3,
        who: jiangyangAdults,
        from: '2024-01-15',
        days: 130,
        minutes: [60, 120],
        summary: '家庭成员沟通调解',
        outcome: '家庭矛盾已化解',
    },
    {
        project: 'jy-night-school',
        kind: service_record_enums_1.ServiceRecordKind.REFERRAL,
        count: 1,
        who: jiangyangPupils,
        from: '2024-03-04',
        days: 30,
        minutes: [60, 90],
        summary: '学习适应困难，协调学校、家庭与专家共同支持',
        outcome: '已返校就读',
    },
    // Article 004: volunteers' home visits (志愿者家访) to left-behind children, and to the elderly.
    {
        project: 'lc-children',
        group: 'tongban',
        kind: service_record_enums_1.ServiceRecordKind.HOME_VISIT,
        count: 6,
        who: (p) => p.tag === 'lc-nadeng' && !p.adult,
        from: '2025-03-03',
        days: 150,
        minutes: [30, 60],
        summary: '志愿者家访，了解学习和生活情况',
        outcome: '已向监护人反馈注意事项',
    },
    {
        project: 'lc-daycare',
        kind: service_record_enums_1.ServiceRecordKind.HOME_VISIT,
        count: 2,
        who: (p) => p.tag === 'lc-elderly',
        from: '2025-06-02',
        days: 60,
        minutes: [30, 45],
        summary: '入户走访，了解日间照料需求',
        outcome: '已纳入日间照料服务',
    },
];
function buildServiceRecords(ctx, people) {
    const rng = ctx.rng;
    for (const plan of RECORDS) {
        for (const person of rng.sample(people.filter(plan.who), plan.count)) {
            const occurredAt = (0, demo_dates_1.chinaTime)((0, demo_dates_1.addDays)(plan.from, rng.int(0, plan.days)), `${String(rng.int(9, 16)).padStart(2, '0')}:${rng.pick(['00', '30'])}`);
            ctx.rows.serviceRecord.push({
                id: ctx.id(),
                beneficiary: person.id,
                project: ctx.project(plan.project),
                socialGroup: plan.group ? ctx.group(plan.group) : null,
                occurredAt,
                kind: plan.kind,
                minutes: rng.int(plan.minutes[0], plan.minutes[1]),
                summary: plan.summary,
                outcome: plan.outcome,
                ...demo_context_1.DemoContext.stamp(occurredAt),
            });
        }
    }
}
//# sourceMappingURL=demo-service-records.js.map