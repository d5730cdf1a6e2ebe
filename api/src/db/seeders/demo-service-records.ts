import { BeneficiaryCategory as BC, Gender } from '../../modules/beneficiary/beneficiary.enums';
import { ServiceRecordKind as RK, type ServiceRecordKind } from '../../modules/service-record/service-record.enums';
import { DemoContext } from './demo-context';
import { addDays, ageInMonths, chinaTime } from './demo-dates';
import type { Person } from './demo-people';

/**
 * One-to-one services (服务记录). Counts follow the articles where they give one (江阳区 night school: 8
 * psychological problems of women and children, 3 family conflicts, one pupil back at school); summaries are
 * deliberately neutral: no personal details in demo text.
 */
interface RecordPlan {
  project: string;
  group?: string;
  kind: ServiceRecordKind;
  count: number;
  who: (p: Person) => boolean;
  from: string;
  days: number;
  minutes: [number, number];
  summary: string;
  outcome: string;
}

const lanzhouWomen = (p: Person) => p.adult && p.area === 'lanzhou' && p.gender === Gender.FEMALE;
const jiangyangAdults = (p: Person) => p.adult && p.area === 'jiangyang' && !p.categories.includes(BC.ELDERLY);
const jiangyangPupils = (p: Person) =>
  !p.adult && p.area === 'jiangyang' && ageInMonths(p.birthDate, '2024-03-01') >= 96;

const RECORDS: RecordPlan[] = [
  // Article 001: 小草's work with women workers: counselling, family intervention (家庭介入), visits.
  {
    project: 'lz-spirit-care',
    group: 'xiaocao',
    kind: RK.COUNSELING,
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
    kind: RK.HOME_VISIT,
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
    kind: RK.FAMILY_MEDIATION,
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
    kind: RK.REFERRAL,
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
    kind: RK.COUNSELING,
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
    kind: RK.COUNSELING,
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
    kind: RK.FAMILY_MEDIATION,
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
    kind: RK.REFERRAL,
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
    kind: RK.HOME_VISIT,
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
    kind: RK.HOME_VISIT,
    count: 2,
    who: (p) => p.tag === 'lc-elderly',
    from: '2025-06-02',
    days: 60,
    minutes: [30, 45],
    summary: '入户走访，了解日间照料需求',
    outcome: '已纳入日间照料服务',
  },
];

export function buildServiceRecords(ctx: DemoContext, people: Person[]): void {
  const rng = ctx.rng;
  const rows = new Map(ctx.rows.beneficiary.map((b) => [b.id, b]));
  for (const plan of RECORDS) {
    const group = plan.group ? ctx.group(plan.group) : null;
    // A partner serves people it may see: its own registrations (the API's link rule) or newcomers it registers.
    const registrar = (id: string) => (rows.get(id)?.registeredByGroup as string | null | undefined) ?? null;
    const candidates = people.filter((p) => plan.who(p) && (!group || [null, group].includes(registrar(p.id))));
    for (const person of rng.sample(candidates, plan.count)) {
      const row = rows.get(person.id);
      if (group && row && !row.registeredByGroup) row.registeredByGroup = group;
      const occurredAt = chinaTime(
        addDays(plan.from, rng.int(0, plan.days)),
        `${String(rng.int(9, 16)).padStart(2, '0')}:${rng.pick(['00', '30'])}`,
      );
      ctx.rows.serviceRecord.push({
        id: ctx.id(),
        beneficiary: person.id,
        project: ctx.project(plan.project),
        socialGroup: group,
        occurredAt,
        kind: plan.kind,
        minutes: rng.int(plan.minutes[0], plan.minutes[1]),
        summary: plan.summary,
        outcome: plan.outcome,
        ...DemoContext.stamp(occurredAt),
      });
    }
  }
}
