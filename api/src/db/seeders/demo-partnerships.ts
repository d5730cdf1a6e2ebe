import { PartnershipKind as PK, PartnershipStatus as PS } from '../../modules/partnership/partnership.enums';
import { DemoContext } from './demo-context';
import { chinaTime } from './demo-dates';

/**
 * How organizations and social organizations work together (Partnership.kind): 联系引导, 购买服务 ("职工点菜、
 * 工会买单"), 以场地换服务 (with the discount the articles give), 共驻共建. Start months not in the articles
 * are invented.
 */
interface PartnershipDef {
  org: string;
  group: string;
  kind: (typeof PK)[keyof typeof PK];
  since: string;
  until?: string;
  discountBp?: number;
  status?: (typeof PS)[keyof typeof PS];
  note?: string;
}

export const PARTNERSHIPS: PartnershipDef[] = [
  // Article 001: 联系引导 began with the 2018 survey (month invented); 职工点菜、工会买单 = service purchase.
  {
    org: 'lanzhou',
    group: 'xiaocao',
    kind: PK.GUIDANCE,
    since: '2018-06-01',
    note: '“工会+社区+社会组织”服务职工综合体',
  },
  { org: 'lanzhou', group: 'anning-recital', kind: PK.GUIDANCE, since: '2018-06-01' },
  { org: 'lanzhou', group: 'yuzhong-hongai', kind: PK.GUIDANCE, since: '2018-06-01' },
  { org: 'lanzhou', group: 'gansu-jian', kind: PK.GUIDANCE, since: '2018-06-01' },
  {
    org: 'chengguan',
    group: 'xiaocao',
    kind: PK.SERVICE_PURCHASE,
    since: '2024-01-01',
    until: '2025-12-31',
    note: '职工点菜、工会买单、社会组织服务',
  },
  {
    org: 'chengguan',
    group: 'shechuang',
    kind: PK.SERVICE_PURCHASE,
    since: '2024-01-01',
    until: '2025-12-31',
    note: '职工点菜、工会买单、社会组织服务',
  },
  { org: 'mukezhai', group: 'xiaocao', kind: PK.VENUE_FOR_SERVICE, since: '2023-03-01', note: '近2000平方米共享阵地' },
  { org: 'mukezhai', group: 'mukezhai-arts', kind: PK.CO_BUILDING, since: '2023-03-01' },
  {
    org: 'shanzishi',
    group: 'shechuang',
    kind: PK.VENUE_FOR_SERVICE,
    since: '2023-05-01',
    note: '共享场地建设“青檸驿站”',
  },
  {
    org: 'shanzishi',
    group: 'yujian',
    kind: PK.VENUE_FOR_SERVICE,
    since: '2023-05-01',
    note: '共享场地建设“青檸驿站”',
  },
  // Invented, to show a suspended partnership.
  { org: 'qilihe', group: 'yujian', kind: PK.GUIDANCE, since: '2023-01-01', status: PS.SUSPENDED },
  // Article 002: 公建民营, fees 35% below comparable nurseries.
  {
    org: 'linfu',
    group: 'linfu-nursery',
    kind: PK.VENUE_FOR_SERVICE,
    since: '2023-05-01',
    discountBp: 3500,
    note: '公建民营，收费比同配置托育园低35%',
  },
  { org: 'baoma', group: 'baoma-jijiehao', kind: PK.GUIDANCE, since: '2023-09-01' },
  { org: 'baoma', group: 'linxiaoxing', kind: PK.GUIDANCE, since: '2023-09-01' },
  // Article 003: 以场地换服务 at 20%–50% below market price.
  {
    org: 'dongpinglu',
    group: 'xifeng-fitness',
    kind: PK.VENUE_FOR_SERVICE,
    since: '2023-07-01',
    discountBp: 5000,
    note: '以场地换服务，低于市场价20%~50%',
  },
  {
    org: 'dongpinglu',
    group: 'xifeng-wushu',
    kind: PK.VENUE_FOR_SERVICE,
    since: '2023-07-01',
    discountBp: 2000,
    note: '以场地换服务，低于市场价20%~50%',
  },
  {
    org: 'xiansheng',
    group: 'longdong-team',
    kind: PK.CO_BUILDING,
    since: '2023-07-01',
    until: '2023-08-31',
    status: PS.ENDED,
    note: '“三下乡”暑期支教',
  },
  // Article 004: the community lends the premises free, the nursery promises low prices; the rate is invented.
  {
    org: 'chamagudao',
    group: 'jimi',
    kind: PK.VENUE_FOR_SERVICE,
    since: '2024-02-01',
    discountBp: 2000,
    note: '社区共享伙伴：免费提供公建配套用房，托育机构低价运行',
  },
  { org: 'lancang-fl', group: 'tongban', kind: PK.GUIDANCE, since: '2022-03-01' },
  { org: 'lancang-fl', group: 'kewai', kind: PK.GUIDANCE, since: '2022-03-01' },
  { org: 'nadeng', group: 'tongban', kind: PK.CO_BUILDING, since: '2022-03-01' },
];

export function buildPartnerships(ctx: DemoContext): void {
  for (const p of PARTNERSHIPS) {
    ctx.rows.partnership.push({
      id: ctx.id(),
      organization: ctx.org(p.org),
      socialGroup: ctx.group(p.group),
      kind: p.kind,
      since: p.since,
      until: p.until ?? null,
      discountBp: p.discountBp ?? null,
      // As of the run's today: an agreement whose term ran out has ended.
      status: p.status ?? (p.until && p.until < ctx.today ? PS.ENDED : PS.ACTIVE),
      note: p.note ?? null,
      ...DemoContext.stamp(chinaTime(p.since, '09:00')),
    });
  }
}
