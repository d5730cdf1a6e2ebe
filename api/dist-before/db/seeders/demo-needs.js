"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildNeeds = buildNeeds;
exports.buildEvaluations = buildEvaluations;
const beneficiary_enums_1 = require("../../modules/beneficiary/beneficiary.enums");
const evaluation_enums_1 = require("../../modules/evaluation/evaluation.enums");
const need_enums_1 = require("../../modules/need/need.enums");
const project_enums_1 = require("../../modules/project/project.enums");
const demo_context_1 = require("./demo-context");
const demo_dates_1 = require("./demo-dates");
// "基层工会聚焦职工需求‘找问题’‘出题目’，社会组织‘服务上新’解难题" (article 001). People counts are
// invented except 澜沧县's 1260 left-behind and 241 children in difficulty (article 004).
const NEEDS = [
    {
        by: 'fuhai',
        category: project_enums_1.ProjectCategory.SUMMER_CARE,
        title: '职工子女暑期“看护难”',
        description: '辖区企事业单位职工、新就业形态劳动者子女暑期无人看护',
        people: 150,
        status: need_enums_1.NeedStatus.FULFILLED,
        project: 'xs-care-2025',
        on: '2025-05-20',
    },
    {
        by: 'fuhai-c1',
        category: project_enums_1.ProjectCategory.SUMMER_CARE,
        title: '跑单期间孩子暑期无人照看',
        description: '快递员职工申请子女暑期托管',
        people: 1,
        status: need_enums_1.NeedStatus.FULFILLED,
        project: 'xs-care-2025',
        on: '2025-06-10',
        person: (p) => p.community === 'fuhai-c1' && p.categories.includes(beneficiary_enums_1.BeneficiaryCategory.NEW_EMPLOYMENT_FORM_WORKER),
    },
    {
        by: 'yntz',
        category: project_enums_1.ProjectCategory.SUMMER_CARE,
        title: '企业职工子女托管送到家门口',
        description: '企业职工希望在单位附近就近托管子女',
        people: 30,
        status: need_enums_1.NeedStatus.IN_PROGRESS,
        project: 'xs-care-2025-yntz',
        on: '2025-05-28',
    },
    {
        by: 'mukezhai',
        category: project_enums_1.ProjectCategory.SUMMER_CARE,
        title: '双职工家庭子女暑期托管',
        description: '社区双职工家庭暑期托管需求',
        people: 40,
        status: need_enums_1.NeedStatus.IN_PROGRESS,
        project: 'lz-mkz-summer',
        on: '2025-05-15',
    },
    {
        by: 'shanzishi',
        category: project_enums_1.ProjectCategory.FAMILY_EDUCATION,
        title: '职工“带娃焦虑”与亲子沟通',
        description: '职工希望获得亲子沟通、时间管理方面的支持',
        people: 60,
        status: need_enums_1.NeedStatus.IN_PROGRESS,
        project: 'lz-qingning',
        on: '2025-01-10',
    },
    {
        by: 'zhangyelu',
        category: project_enums_1.ProjectCategory.EMPLOYMENT_TRAINING,
        title: '00后新职工入职辅导',
        description: '新生代职工入职适应、职业规划需求',
        people: 80,
        status: need_enums_1.NeedStatus.MATCHED,
        project: 'lz-onboarding',
        on: '2025-07-20',
    },
    {
        by: 'chengguan',
        category: project_enums_1.ProjectCategory.MENTAL_HEALTH,
        title: '职工职场焦虑疏导',
        description: '线上线下心理健康课堂和解压活动',
        people: 200,
        status: need_enums_1.NeedStatus.MATCHED,
        project: 'lz-market',
        on: '2025-06-15',
    },
    {
        by: 'yanchanglu',
        category: project_enums_1.ProjectCategory.MENTAL_HEALTH,
        title: '女职工心理支持',
        description: '女职工申请心理支持服务',
        people: 1,
        status: need_enums_1.NeedStatus.IN_PROGRESS,
        project: 'lz-spirit-care',
        on: '2025-03-01',
        person: (p) => p.community === 'mukezhai' && p.adult && p.gender === beneficiary_enums_1.Gender.FEMALE,
    },
    {
        by: 'qilihe',
        category: project_enums_1.ProjectCategory.MENTAL_HEALTH,
        title: '职工心理咨询热线',
        description: '已并入“女职工精神园地”项目，需求关闭',
        people: 50,
        status: need_enums_1.NeedStatus.CLOSED,
        on: '2024-02-01',
    },
    {
        by: 'baoma',
        category: project_enums_1.ProjectCategory.CHILDCARE_UNDER_3,
        title: '半日托、计时托、临时托、假日托',
        description: '宝妈收集的灵活托育需求，反馈托育园',
        people: 60,
        status: need_enums_1.NeedStatus.FULFILLED,
        project: 'jy-nursery',
        on: '2023-09-20',
    },
    {
        by: 'baoma',
        category: project_enums_1.ProjectCategory.EMPLOYMENT_TRAINING,
        title: '全职宝妈家门口灵活就业',
        description: '全职宝妈希望在家门口灵活就业',
        people: 270,
        status: need_enums_1.NeedStatus.IN_PROGRESS,
        project: 'jy-workshop',
        on: '2024-02-15',
    },
    {
        by: 'dongpinglu',
        category: project_enums_1.ProjectCategory.INTEREST_CLASS,
        title: '暑期孩子“带娃难”',
        description: '社区家长暑期看护和兴趣培训需求',
        people: 50,
        status: need_enums_1.NeedStatus.FULFILLED,
        project: 'xf-courses-2023',
        on: '2023-06-20',
    },
    {
        by: 'xiansheng',
        category: project_enums_1.ProjectCategory.SUMMER_CARE,
        title: '村里小学生暑期看护',
        description: '村级互助学堂需求',
        people: 110,
        status: need_enums_1.NeedStatus.FULFILLED,
        project: 'xf-halls-2023',
        on: '2023-06-15',
    },
    {
        by: 'chamagudao',
        category: project_enums_1.ProjectCategory.CHILDCARE_UNDER_3,
        title: '小区里的普惠托育分园（1+N）',
        description: '常住人口2.89万人的社区托育需求',
        people: 120,
        status: need_enums_1.NeedStatus.OPEN,
        on: '2025-07-01',
    },
    {
        by: 'lancang-fl',
        category: project_enums_1.ProjectCategory.LEFT_BEHIND_CHILDREN,
        title: '留守儿童关爱与课后陪护',
        description: '全县留守儿童1260人',
        people: 1260,
        status: need_enums_1.NeedStatus.IN_PROGRESS,
        project: 'lc-children',
        on: '2024-02-20',
    },
    {
        by: 'lancang-fl',
        category: project_enums_1.ProjectCategory.LEFT_BEHIND_CHILDREN,
        title: '困境儿童精准帮扶',
        description: '留守儿童中困境儿童241名',
        people: 241,
        status: need_enums_1.NeedStatus.OPEN,
        on: '2025-06-20',
    },
    {
        by: 'longquanhu',
        category: project_enums_1.ProjectCategory.ELDERLY_CARE,
        title: '老年人日间照料',
        description: '易地搬迁安置点老年人日间照料需求',
        people: 40,
        status: need_enums_1.NeedStatus.IN_PROGRESS,
        project: 'lc-daycare',
        on: '2023-11-15',
    },
];
function buildNeeds(ctx, people) {
    for (const n of NEEDS) {
        const at = (0, demo_dates_1.chinaTime)(n.on, '10:00');
        const person = n.person ? ctx.rng.pick(people.filter(n.person)) : null;
        ctx.rows.needRequest.push({
            id: ctx.id(),
            raisedBy: ctx.org(n.by),
            beneficiary: person?.id ?? null,
            category: n.category,
            title: n.title,
            description: n.description,
            peopleAffected: n.people,
            status: n.status,
            matchedProject: n.project ? ctx.project(n.project) : null,
            ...demo_context_1.DemoContext.stamp(at),
        });
    }
}
// Scores and satisfaction rates are invented; the article 001 mentions 兰州's 定期评估.
const EVALUATIONS = [
    ['xs-care-2024', 'kunming', evaluation_enums_1.EvaluationKind.FINAL, '2024-09-10', 92, 9600, '安全保障到位，家长满意度高'],
    ['xs-care-2025', 'kunming', evaluation_enums_1.EvaluationKind.MIDTERM, '2025-08-01', 90, 9750, '护学岗、食品安全落实，课程安排张弛有度'],
    ['lz-spirit', 'lanzhou', evaluation_enums_1.EvaluationKind.PERIODIC, '2024-06-30', 88, 9400, '服务项目契合女职工需求'],
    ['lz-spirit', 'lanzhou', evaluation_enums_1.EvaluationKind.PERIODIC, '2024-12-31', 91, 9550, '子项目拓展顺利，专业化水平提升'],
    ['jy-night-school', 'jiangyang-fl', evaluation_enums_1.EvaluationKind.FINAL, '2024-06-15', 94, 9800, '专家团队授课，参与人数超出预期'],
    ['xf-halls-2023', 'xifeng', evaluation_enums_1.EvaluationKind.FINAL, '2023-09-05', 90, 9700, '利用闲置村部场所，志愿者服务稳定'],
    ['xf-courses-2023', 'lanzhoulu', evaluation_enums_1.EvaluationKind.FINAL, '2023-09-05', 87, 9500, '以场地换服务，课程价格低于市场价'],
    ['sm-nursery', 'simao', evaluation_enums_1.EvaluationKind.PERIODIC, '2024-07-31', 93, 9800, '课程体系完整，家长满意'],
    ['lc-daycare', 'lancang', evaluation_enums_1.EvaluationKind.PERIODIC, '2025-06-30', 88, 9300, '适老化设施齐全'],
];
function buildEvaluations(ctx) {
    for (const [project, by, kind, on, score, satisfactionBp, comment] of EVALUATIONS) {
        ctx.rows.evaluation.push({
            id: ctx.id(),
            project: ctx.project(project),
            evaluatorOrganization: ctx.org(by),
            kind,
            evaluatedOn: on,
            score,
            satisfactionBp,
            comment,
            ...demo_context_1.DemoContext.stamp((0, demo_dates_1.chinaTime)(on, '16:00')),
        });
    }
}
//# sourceMappingURL=demo-needs.js.map