"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.JIANGYANG_PROJECTS = void 0;
const beneficiary_enums_1 = require("../../modules/beneficiary/beneficiary.enums");
const project_enums_1 = require("../../modules/project/project.enums");
/** Projects of article 002: 江阳区 宝妈妇联 at 邻府社区. */
exports.JIANGYANG_PROJECTS = [
    // —— Article 002: 江阳区 宝妈妇联 at 邻府社区.
    {
        key: 'jy-nursery',
        name: '邻府社区普惠托育园',
        category: project_enums_1.ProjectCategory.CHILDCARE_UNDER_3,
        sponsor: 'linfu',
        operator: 'linfu-nursery',
        startsOn: '2023-05-01',
        endsOn: '2026-04-30',
        budgetYuan: 300_000,
        targets: [beneficiary_enums_1.BeneficiaryCategory.INFANT, beneficiary_enums_1.BeneficiaryCategory.FULL_TIME_MOTHER, beneficiary_enums_1.BeneficiaryCategory.DUAL_EARNER_FAMILY],
        status: project_enums_1.ProjectStatus.ACTIVE,
        description: '泸州市首家社区普惠托育园，“公建民营”，收费比同配置托育园低35%；宝妈妇联推动增加半日托、计时托、临时托、假日托',
        partners: [{ org: 'baoma', role: project_enums_1.PartnerRole.CO_ORGANIZER, note: '收集宝妈托育需求并反馈' }],
    },
    {
        key: 'jy-night-school',
        name: '家庭健康教育夜校',
        category: project_enums_1.ProjectCategory.FAMILY_EDUCATION,
        sponsor: 'baoma',
        startsOn: '2023-12-01',
        endsOn: '2024-05-31',
        budgetYuan: 50_000,
        targets: [beneficiary_enums_1.BeneficiaryCategory.WOMAN, beneficiary_enums_1.BeneficiaryCategory.FULL_TIME_MOTHER],
        status: project_enums_1.ProjectStatus.COMPLETED,
        description: '每周一二三晚上7点分年龄段开展家庭教育课程；已举办64期，参与2000多人次',
        partners: [{ org: 'swmu', role: project_enums_1.PartnerRole.EXPERT, note: '西南医科大学家庭教育专家团队' }],
    },
    {
        key: 'jy-shape',
        name: '公益形体课',
        category: project_enums_1.ProjectCategory.INTEREST_CLASS,
        sponsor: 'baoma',
        startsOn: '2023-10-01',
        endsOn: '2024-05-31',
        budgetYuan: 10_000,
        targets: [beneficiary_enums_1.BeneficiaryCategory.WOMAN],
        status: project_enums_1.ProjectStatus.COMPLETED,
        description: '已上课84节，服务妇女1300余人次',
    },
    {
        key: 'jy-youth',
        name: '邻府社区青少年宫公益课（2025年暑期）',
        category: project_enums_1.ProjectCategory.YOUTH_PALACE,
        sponsor: 'baoma',
        startsOn: '2025-07-05',
        endsOn: '2025-08-31',
        budgetYuan: 80_000,
        targets: [beneficiary_enums_1.BeneficiaryCategory.CHILD],
        status: project_enums_1.ProjectStatus.ACTIVE,
        description: '美术、书法、舞蹈、军事训练、野外生存等公益课，每期32个班，每周600余名青少年免费参加',
        partners: [
            { org: 'linfu', role: project_enums_1.PartnerRole.VENUE_PROVIDER },
            { group: 'linxiaoxing', role: project_enums_1.PartnerRole.CO_ORGANIZER },
        ],
    },
    {
        key: 'jy-workshop',
        name: '“就妳娴会”妇女灵活就业工坊',
        category: project_enums_1.ProjectCategory.EMPLOYMENT_TRAINING,
        sponsor: 'baoma',
        operator: 'baoma-jijiehao',
        startsOn: '2024-03-01',
        endsOn: '2025-12-31',
        budgetYuan: 60_000,
        targets: [beneficiary_enums_1.BeneficiaryCategory.FULL_TIME_MOTHER, beneficiary_enums_1.BeneficiaryCategory.WOMAN],
        status: project_enums_1.ProjectStatus.ACTIVE,
        description: '油纸伞制作培训和手工计件订单，每名全职宝妈每月平均增收800元左右',
        partners: [
            { org: 'luzhou-employment', role: project_enums_1.PartnerRole.FUNDER },
            { org: 'biliufu', role: project_enums_1.PartnerRole.ENTERPRISE_SUPPORT, note: '提供油纸伞制作培训和手工计件订单' },
        ],
    },
    // The article's first-aid training took place in May 2024; this 2025 repeat is invented.
    {
        key: 'jy-first-aid',
        name: '应急救护知识进家庭',
        category: project_enums_1.ProjectCategory.SAFETY_TRAINING,
        sponsor: 'baoma',
        startsOn: '2025-09-13',
        endsOn: '2025-09-13',
        budgetYuan: 5_000,
        targets: [beneficiary_enums_1.BeneficiaryCategory.WOMAN, beneficiary_enums_1.BeneficiaryCategory.FULL_TIME_MOTHER],
        status: project_enums_1.ProjectStatus.APPROVED,
        description: '心肺复苏等应急救护技能培训',
        partners: [{ org: 'jiangyang-redcross', role: project_enums_1.PartnerRole.EXPERT }],
    },
];
//# sourceMappingURL=demo-projects-sichuan.js.map