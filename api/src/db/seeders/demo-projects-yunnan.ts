import { BeneficiaryCategory as BC } from '../../modules/beneficiary/beneficiary.enums';
import { PartnerRole as PR, ProjectCategory as PC, ProjectStatus as PS } from '../../modules/project/project.enums';
import type { ProjectDef } from './demo-project-def';

/**
 * Projects of article 000 (西山区总工会's "会暖春芽·伴爱成长": 2024 = 第二届, 2025 = 第三届 from 7月14日 with
 * its two enterprise sub-projects, 2026 = 第四届 in draft; other editions' dates invented) and article 004
 * (思茅区's 社区共享伙伴 nursery and the "1+N" plan; 澜沧县's left-behind children and day care).
 */
const XS_BRAND = '会暖春芽·伴爱成长';
const XS_DESC =
  '坚持“安全第一、公益普惠、突出质量、自愿参加、多元联动、灵活方便”原则；上午辅导暑期作业，下午音乐、舞蹈、演讲等兴趣课程，' +
  '每周五参观劳模工匠馆、聆听劳模宣讲。托管费用130元/人/天（不含保险），外出活动不再额外收费。';
const XS_TARGETS = [BC.CHILD, BC.NEW_EMPLOYMENT_FORM_WORKER, BC.INDUSTRIAL_WORKER, BC.DUAL_EARNER_FAMILY];
const XS_GUARD = { org: 'xishan-police', role: PR.SAFETY_GUARD, note: '每个托管点位配备“护学岗”' };

export const XISHAN_PROJECTS: ProjectDef[] = [
  // —— Article 000: 西山区总工会, 第三届 in 2025 (starts 7月14日); dates of other editions invented.
  {
    key: 'xs-care-2024',
    name: '西山区职工子女暑期爱心托管班（2024年）',
    brand: XS_BRAND,
    edition: 2,
    category: PC.SUMMER_CARE,
    sponsor: 'xishan',
    startsOn: '2024-07-15',
    endsOn: '2024-08-23',
    budgetYuan: 600_000,
    targets: XS_TARGETS,
    status: PS.COMPLETED,
    partners: [XS_GUARD, { org: 'shulin2', role: PR.VENUE_PROVIDER }],
  },
  {
    key: 'xs-care-2025',
    name: '西山区职工子女暑期爱心托管班（2025年）',
    brand: XS_BRAND,
    edition: 3,
    category: PC.SUMMER_CARE,
    sponsor: 'xishan',
    startsOn: '2025-07-14',
    endsOn: '2025-08-22',
    budgetYuan: 800_000,
    targets: XS_TARGETS,
    status: PS.ACTIVE,
    description: XS_DESC,
    partners: [
      XS_GUARD,
      { org: 'shulin2', role: PR.VENUE_PROVIDER },
      { org: 'fuhai', role: PR.CO_ORGANIZER, note: '三级工会联动' },
      { org: 'qianwei', role: PR.CO_ORGANIZER, note: '三级工会联动' },
      { org: 'yntz', role: PR.ENTERPRISE_SUPPORT, note: '工会搭台、企业支持、职工受益' },
      { org: 'fudian', role: PR.ENTERPRISE_SUPPORT, note: '工会搭台、企业支持、职工受益' },
    ],
  },
  {
    key: 'xs-care-2025-yntz',
    name: '爱心托管班·云投集团托管点',
    brand: XS_BRAND,
    edition: 3,
    category: PC.SUMMER_CARE,
    sponsor: 'xishan',
    parent: 'xs-care-2025',
    startsOn: '2025-07-14',
    endsOn: '2025-08-22',
    budgetYuan: 150_000,
    targets: XS_TARGETS,
    status: PS.ACTIVE,
    description: '将爱心托管班的服务送到大型企业“家门口”',
    partners: [XS_GUARD, { org: 'yntz', role: PR.VENUE_PROVIDER }],
  },
  {
    key: 'xs-care-2025-fudian',
    name: '爱心托管班·富滇银行托管点',
    brand: XS_BRAND,
    edition: 3,
    category: PC.SUMMER_CARE,
    sponsor: 'xishan',
    parent: 'xs-care-2025',
    startsOn: '2025-07-14',
    endsOn: '2025-08-22',
    budgetYuan: 150_000,
    targets: XS_TARGETS,
    status: PS.ACTIVE,
    description: '将爱心托管班的服务送到大型企业“家门口”',
    partners: [XS_GUARD, { org: 'fudian', role: PR.VENUE_PROVIDER }],
  },
  // "下一步…特别关注困难职工及双职工无人照料家庭子女；丰富科技、艺术等素养培育" (article 000).
  {
    key: 'xs-care-2026',
    name: '西山区职工子女暑期爱心托管班（2026年）',
    brand: XS_BRAND,
    edition: 4,
    category: PC.SUMMER_CARE,
    sponsor: 'xishan',
    startsOn: '2026-07-13',
    endsOn: '2026-08-21',
    budgetYuan: 900_000,
    targets: [...XS_TARGETS, BC.DIFFICULT_WORKER],
    status: PS.DRAFT,
    description: '优化课程体系，引入科技、艺术素养培育；特别关注困难职工及双职工无人照料家庭子女',
    partners: [XS_GUARD],
  },
];

/**
 * Waiting for a decision and turned down (to show the approval queue): street and community unions of
 * 西山区 propose projects to the level above them (三级工会). Invented, in the spirit of article 000's
 * "三级工会联动" and its plan to serve 困难职工 and 双职工 families.
 */
export const XISHAN_PROPOSALS: ProjectDef[] = [
  {
    key: 'fuhai-reading-2025',
    name: '福海街道职工子女周末阅读营',
    category: PC.INTEREST_CLASS,
    sponsor: 'fuhai',
    startsOn: '2025-09-06',
    endsOn: '2025-12-27',
    budgetYuan: 45_000,
    targets: [BC.CHILD, BC.DUAL_EARNER_FAMILY],
    status: PS.SUBMITTED,
    submittedOn: '2025-08-08',
    description: '每周六上午在书林二小福海校区图书室开展亲子阅读、绘本剧和阅读分享',
    partners: [{ org: 'shulin2', role: PR.VENUE_PROVIDER }],
  },
  {
    key: 'qianwei-after-2025',
    name: '前卫街道新就业形态劳动者子女“四点半课堂”',
    category: PC.AFTER_SCHOOL,
    sponsor: 'qianwei',
    startsOn: '2025-09-01',
    endsOn: '2026-01-16',
    budgetYuan: 120_000,
    targets: [BC.CHILD, BC.NEW_EMPLOYMENT_FORM_WORKER, BC.DIFFICULT_WORKER],
    status: PS.SUBMITTED,
    submittedOn: '2025-08-12',
    description: '为快递员、外卖骑手等新就业形态劳动者子女提供放学后作业辅导和看护，工作日16:30—18:30',
  },
  {
    key: 'fuhai-c1-trip-2025',
    name: '福海社区职工亲子研学游',
    category: PC.FAMILY_EDUCATION,
    sponsor: 'fuhai-c1',
    startsOn: '2025-10-01',
    endsOn: '2025-10-07',
    budgetYuan: 38_000,
    targets: [BC.WORKER, BC.CHILD],
    status: PS.REJECTED,
    submittedOn: '2025-08-04',
    rejectedFirst: '外出研学须附安全预案和保险方案；交通费用占预算比例偏高，请修改后重新提交',
    description: '国庆假期组织职工家庭赴滇池周边开展亲子研学',
  },
];

export const PUER_PROJECTS: ProjectDef[] = [
  // —— Article 004: 思茅区 and 澜沧县.
  {
    key: 'sm-nursery',
    name: '茶马古道社区普惠托育（社区共享伙伴）',
    category: PC.CHILDCARE_UNDER_3,
    sponsor: 'chamagudao',
    operator: 'jimi',
    startsOn: '2024-02-01',
    endsOn: '2026-12-31',
    budgetYuan: 100_000,
    targets: [BC.INFANT],
    status: PS.ACTIVE,
    description: '社区免费提供公建配套用房，托育机构承诺低价运行；15个托位，3名教学老师，九大课程体系',
  },
  {
    key: 'sm-1n',
    name: '“1+N”社区普惠托育分园试点',
    category: PC.CHILDCARE_UNDER_3,
    sponsor: 'simao',
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    budgetYuan: 500_000,
    targets: [BC.INFANT],
    status: PS.DRAFT,
    description: '依托1个示范性托育机构，带动N个嵌入式、分布式、连锁化、专业化的社区普惠托育分园',
  },
  {
    key: 'lc-children',
    name: '留守儿童关爱（童伴妈妈·课外班主任）',
    category: PC.LEFT_BEHIND_CHILDREN,
    sponsor: 'lancang-fl',
    operator: 'tongban',
    startsOn: '2024-03-01',
    endsOn: '2025-12-31',
    budgetYuan: 100_000,
    targets: [BC.LEFT_BEHIND_CHILD, BC.CHILD_IN_DIFFICULTY],
    status: PS.ACTIVE,
    description: '关爱慰问、亲情陪护、课后咨询；全县留守儿童1260人，其中困境儿童241名',
    partners: [
      { group: 'kewai', role: PR.CO_ORGANIZER },
      { org: 'lancang-procuratorate', role: PR.EXPERT, note: '“小葫芦”未检品牌，法治宣传进校园30余场次' },
      { org: 'nadeng', role: PR.VENUE_PROVIDER },
    ],
  },
  {
    key: 'lc-daycare',
    name: '龙泉湖社区日间照料',
    category: PC.ELDERLY_CARE,
    sponsor: 'longquanhu',
    startsOn: '2024-01-01',
    endsOn: '2025-12-31',
    budgetYuan: 120_000,
    targets: [BC.ELDERLY],
    status: PS.ACTIVE,
    description: '餐厅、厨房、休息室等功能区，无障碍坡道、加装扶手的楼梯等适老化设施',
  },
];

/**
 * Invented (no article tells it): a year-round after-school class of 福海街道总工会, so that 西山区's accounts
 * have this term's sessions to call the roll of whatever day the demo is loaded (demo-calendar.ts).
 */
export const XISHAN_YEAR_ROUND: ProjectDef[] = [
  {
    key: 'fuhai-after-school',
    name: '福海街道职工子女“四点半课堂”',
    category: PC.AFTER_SCHOOL,
    sponsor: 'fuhai',
    startsOn: '2025-03-01',
    endsOn: '2026-12-31',
    budgetYuan: 90_000,
    targets: [BC.CHILD, BC.DUAL_EARNER_FAMILY, BC.NEW_EMPLOYMENT_FORM_WORKER],
    status: PS.ACTIVE,
    description: '工作日放学后在书林二小福海校区开展作业辅导和看护，寒暑假停课，16:30—18:00',
    partners: [{ org: 'shulin2', role: PR.VENUE_PROVIDER }],
  },
];
