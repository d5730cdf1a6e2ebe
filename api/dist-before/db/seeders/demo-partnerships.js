"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PARTNERSHIPS = void 0;
exports.buildPartnerships = buildPartnerships;
const partnership_enums_1 = require("../../modules/partnership/partnership.enums");
const demo_context_1 = require("./demo-context");
const demo_dates_1 = require("./demo-dates");
exports.PARTNERSHIPS = [
    // Article 001: 联系引导 began with the 2018 survey (month invented); 职工点菜、工会买单 = service purchase.
    {
        org: 'lanzhou',
        group: 'xiaocao',
        kind: partnership_enums_1.PartnershipKind.GUIDANCE,
        since: '2018-06-01',
        note: '“工会+社区+社会组织”服务职工综合体',
    },
    { org: 'lanzhou', group: 'anning-recital', kind: partnership_enums_1.PartnershipKind.GUIDANCE, since: '2018-06-01' },
    { org: 'lanzhou', group: 'yuzhong-hongai', kind: partnership_enums_1.PartnershipKind.GUIDANCE, since: '2018-06-01' },
    { org: 'lanzhou', group: 'gansu-jian', kind: partnership_enums_1.PartnershipKind.GUIDANCE, since: '2018-06-01' },
    {
        org: 'chengguan',
        group: 'xiaocao',
        kind: partnership_enums_1.PartnershipKind.SERVICE_PURCHASE,
        since: '2024-01-01',
        until: '2025-12-31',
        note: '职工点菜、工会买单、社会组织服务',
    },
    {
        org: 'chengguan',
        group: 'shechuang',
        kind: partnership_enums_1.PartnershipKind.SERVICE_PURCHASE,
        since: '2024-01-01',
        until: '2025-12-31',
        note: '职工点菜、工会买单、社会组织服务',
    },
    { org: 'mukezhai', group: 'xiaocao', kind: partnership_enums_1.PartnershipKind.VENUE_FOR_SERVICE, since: '2023-03-01', note: '近2000平方米共享阵地' },
    { org: 'mukezhai', group: 'mukezhai-arts', kind: partnership_enums_1.PartnershipKind.CO_BUILDING, since: '2023-03-01' },
    {
        org: 'shanzishi',
        group: 'shechuang',
        kind: partnership_enums_1.PartnershipKind.VENUE_FOR_SERVICE,
        since: '2023-05-01',
        note: '共享场地建设“青檸驿站”',
    },
    {
        org: 'shanzishi',
        group: 'yujian',
        kind: partnership_enums_1.PartnershipKind.VENUE_FOR_SERVICE,
        since: '2023-05-01',
        note: '共享场地建设“青檸驿站”',
    },
    // Invented, to show a suspended partnership.
    { org: 'qilihe', group: 'yujian', kind: partnership_enums_1.PartnershipKind.GUIDANCE, since: '2023-01-01', status: partnership_enums_1.PartnershipStatus.SUSPENDED },
    // Article 002: 公建民营, fees 35% below comparable nurseries.
    {
        org: 'linfu',
        group: 'linfu-nursery',
        kind: partnership_enums_1.PartnershipKind.VENUE_FOR_SERVICE,
        since: '2023-05-01',
        discountBp: 3500,
        note: '公建民营，收费比同配置托育园低35%',
    },
    { org: 'baoma', group: 'baoma-jijiehao', kind: partnership_enums_1.PartnershipKind.GUIDANCE, since: '2023-09-01' },
    { org: 'baoma', group: 'linxiaoxing', kind: partnership_enums_1.PartnershipKind.GUIDANCE, since: '2023-09-01' },
    // Article 003: 以场地换服务 at 20%–50% below market price.
    {
        org: 'dongpinglu',
        group: 'xifeng-fitness',
        kind: partnership_enums_1.PartnershipKind.VENUE_FOR_SERVICE,
        since: '2023-07-01',
        discountBp: 5000,
        note: '以场地换服务，低于市场价20%~50%',
    },
    {
        org: 'dongpinglu',
        group: 'xifeng-wushu',
        kind: partnership_enums_1.PartnershipKind.VENUE_FOR_SERVICE,
        since: '2023-07-01',
        discountBp: 2000,
        note: '以场地换服务，低于市场价20%~50%',
    },
    {
        org: 'xiansheng',
        group: 'longdong-team',
        kind: partnership_enums_1.PartnershipKind.CO_BUILDING,
        since: '2023-07-01',
        until: '2023-08-31',
        status: partnership_enums_1.PartnershipStatus.ENDED,
        note: '“三下乡”暑期支教',
    },
    // Article 004: the community lends the premises free, the nursery promises low prices; the rate is invented.
    {
        org: 'chamagudao',
        group: 'jimi',
        kind: partnership_enums_1.PartnershipKind.VENUE_FOR_SERVICE,
        since: '2024-02-01',
        discountBp: 2000,
        note: '社区共享伙伴：免费提供公建配套用房，托育机构低价运行',
    },
    { org: 'lancang-fl', group: 'tongban', kind: partnership_enums_1.PartnershipKind.GUIDANCE, since: '2022-03-01' },
    { org: 'lancang-fl', group: 'kewai', kind: partnership_enums_1.PartnershipKind.GUIDANCE, since: '2022-03-01' },
    { org: 'nadeng', group: 'tongban', kind: partnership_enums_1.PartnershipKind.CO_BUILDING, since: '2022-03-01' },
];
function buildPartnerships(ctx) {
    for (const p of exports.PARTNERSHIPS) {
        ctx.rows.partnership.push({
            id: ctx.id(),
            organization: ctx.org(p.org),
            socialGroup: ctx.group(p.group),
            kind: p.kind,
            since: p.since,
            until: p.until ?? null,
            discountBp: p.discountBp ?? null,
            status: p.status ?? partnership_enums_1.PartnershipStatus.ACTIVE,
            note: p.note ?? null,
            ...demo_context_1.DemoContext.stamp((0, demo_dates_1.chinaTime)(p.since, '09:00')),
        });
    }
}
//# sourceMappingURL=demo-partnerships.js.map