import { makeCreditCode } from '../../common/validators';
import {
  RegistrationStatus as RS,
  SocialGroupKind as SK,
  type SocialGroupKind,
} from '../../modules/social-group/social-group.enums';
import { DemoContext } from './demo-context';
import { PARTNERSHIPS } from './demo-partnerships';
import { chinaTime } from './demo-dates';

/**
 * Social organizations (社会组织). Registered ones get an invented credit code: 51… for 社会团体
 * (associations), 52… for 民办非企业单位 / social-work centres. Figures in comments name the article they
 * come from; anything else is marked invented. No contact person is given: they would be real people.
 */
interface GroupDef {
  key: string;
  name: string;
  kind: SocialGroupKind;
  /** Region for the credit code; absent = unregistered. */
  region?: string;
  workers?: number;
  volunteers?: number;
  hasOwnUnion?: boolean;
  serviceArea?: string;
  address?: string;
  description?: string;
}

export const SOCIAL_GROUPS: GroupDef[] = [
  // Article 001: registered with 民政, 20 certified social workers, "注册志愿者近两千人" (1980 stands for
  // "nearly 2000"), 10多项 projects, 9 streets of 城关区/七里河区 and 5 towns of 榆中县/永登县.
  // hasOwnUnion: invented (城关区 guided 368 social organizations to set up unions).
  {
    key: 'xiaocao',
    name: '兰州小草爱心社会工作服务中心',
    kind: SK.SOCIAL_WORK_CENTER,
    region: '620102',
    workers: 20,
    volunteers: 1980,
    hasOwnUnion: true,
    serviceArea: '兰州市城关区、七里河区9个街道和榆中县、永登县5个乡镇',
    address: '甘肃省兰州市城关区',
    description: '在民政部门登记注册的民办非营利性社会组织，围绕职工需求拓展出10多项专业化、定制化服务项目',
  },
  // Article 001: the two founders of 青檸驿站 at 山子石社区. Registration and staff figures invented.
  {
    key: 'shechuang',
    name: '兰州社创社会服务中心',
    kind: SK.PRIVATE_NON_ENTERPRISE,
    region: '620102',
    workers: 4,
    volunteers: 60,
    serviceArea: '兰州市城关区张掖路街道等5个社区',
    address: '甘肃省兰州市城关区',
    description: '与兰州遇见未来心理咨询服务中心共建“青檸驿站”，已扩展到5个社区',
  },
  {
    key: 'yujian',
    name: '兰州遇见未来心理咨询服务中心',
    kind: SK.PRIVATE_NON_ENTERPRISE,
    region: '620102',
    workers: 3,
    volunteers: 20,
    serviceArea: '兰州市城关区',
    address: '甘肃省兰州市城关区',
    description: '心理健康课堂、亲子互动沙龙',
  },
  // Article 001: the first friends of the union from the 2018 survey.
  {
    key: 'anning-recital',
    name: '安宁区朗诵协会',
    kind: SK.ASSOCIATION,
    region: '620105',
    serviceArea: '兰州市安宁区',
    address: '甘肃省兰州市安宁区',
  },
  {
    key: 'yuzhong-hongai',
    name: '榆中县弘爱公益协会',
    kind: SK.ASSOCIATION,
    region: '620123',
    serviceArea: '兰州市榆中县',
    address: '甘肃省兰州市榆中县',
  },
  {
    key: 'gansu-jian',
    name: '甘肃简公益发展中心',
    kind: SK.PRIVATE_NON_ENTERPRISE,
    region: '620100',
    serviceArea: '兰州市',
    address: '甘肃省兰州市',
  },
  // One of the "4家像小草一样的服务团队" at 穆柯寨社区, unregistered (article 001); name and size invented.
  {
    key: 'mukezhai-arts',
    name: '穆柯寨社区文艺培训服务队',
    kind: SK.VOLUNTEER_TEAM,
    volunteers: 12,
    serviceArea: '城关区盐场路街道穆柯寨社区',
    description: '古筝、钢琴、书法、国画和民歌演唱等培训班',
  },
  // Article 002: the 公建民营 community nursery; its legal name is invented.
  {
    key: 'linfu-nursery',
    name: '泸州市江阳区邻府普惠托育园',
    kind: SK.PRIVATE_NON_ENTERPRISE,
    region: '510502',
    workers: 0,
    volunteers: 0,
    serviceArea: '江阳区茜草街道邻府社区',
    address: '四川省泸州市江阳区茜草街道邻府社区',
    description: '泸州市首家社区普惠托育园（公建民营），收费比同配置托育园低35%',
  },
  // Article 002: the two volunteer teams of the 宝妈妇联 (sizes invented).
  {
    key: 'baoma-jijiehao',
    name: '宝妈集结号志愿服务队',
    kind: SK.VOLUNTEER_TEAM,
    volunteers: 40,
    serviceArea: '江阳区茜草街道邻府社区',
  },
  {
    key: 'linxiaoxing',
    name: '邻小星志愿服务队',
    kind: SK.VOLUNTEER_TEAM,
    volunteers: 25,
    serviceArea: '江阳区茜草街道邻府社区',
  },
  // Article 003: 10 volunteers at 岳岭村 every day.
  {
    key: 'longdong-team',
    name: '陇东学院“三下乡”支教团队',
    kind: SK.VOLUNTEER_TEAM,
    volunteers: 10,
    serviceArea: '西峰区显胜乡岳岭村、冉李村',
    description: '暑期每天上午10点到下午3点带学生学习，辅导作业，培养画画、唱歌等兴趣',
  },
  // Article 003: 社会组织和第三方机构 teaching the community courses "以场地换服务"; names invented.
  {
    key: 'xifeng-fitness',
    name: '西峰区启航少儿体适能培训中心',
    kind: SK.TRAINING_INSTITUTION,
    region: '621002',
    workers: 0,
    volunteers: 0,
    serviceArea: '西峰区兰州路街道',
    address: '甘肃省庆阳市西峰区',
    description: '体能训练、少儿体适能公益课',
  },
  {
    key: 'xifeng-wushu',
    name: '西峰区武术散打协会',
    kind: SK.ASSOCIATION,
    region: '621002',
    volunteers: 8,
    serviceArea: '西峰区',
    address: '甘肃省庆阳市西峰区',
    description: '武术散打公益课',
  },
  // Article 004: 15 places, 3 teachers, opened February 2024.
  {
    key: 'jimi',
    name: '茶马古道社区几侎稚家婴幼儿成长驿站',
    kind: SK.PRIVATE_NON_ENTERPRISE,
    region: '530802',
    workers: 0,
    volunteers: 0,
    serviceArea: '思茅区南屏镇茶马古道社区',
    address: '云南省普洱市思茅区晨北小区',
    description: '“社区共享伙伴”模式引入的托育机构，招收3岁以内婴幼儿，九大课程体系',
  },
  // Article 004: 澜沧县's volunteer teams for left-behind children (sizes invented).
  {
    key: 'tongban',
    name: '澜沧县“童伴妈妈”志愿服务队',
    kind: SK.VOLUNTEER_TEAM,
    volunteers: 30,
    serviceArea: '澜沧县',
    description: '关爱慰问、亲情陪护',
  },
  {
    key: 'kewai',
    name: '澜沧县“课外班主任”志愿服务队',
    kind: SK.VOLUNTEER_TEAM,
    volunteers: 50,
    serviceArea: '澜沧县',
    description: '以党员为主，开展关爱慰问、亲情陪护、课后咨询',
  },
];

const CREATED = chinaTime('2023-01-03', '10:00');

export function buildSocialGroups(ctx: DemoContext): void {
  const manager = (group: string) => {
    const first = PARTNERSHIPS.find((p) => p.group === group);
    return first ? ctx.org(first.org) : null;
  };
  const seq: Record<string, number> = {};
  for (const g of SOCIAL_GROUPS) {
    const id = ctx.register('group', g.key, ctx.id());
    let creditCode: string | null = null;
    if (g.region) {
      const prefix = g.kind === SK.ASSOCIATION ? '51' : '52';
      seq[prefix] = (seq[prefix] ?? 0) + 1;
      creditCode = makeCreditCode(`${prefix}${g.region}LL${String(seq[prefix]).padStart(7, '0')}`);
    }
    ctx.rows.socialGroup.push({
      id,
      name: g.name,
      kind: g.kind,
      registrationStatus: g.region ? RS.REGISTERED : RS.UNREGISTERED,
      creditCode,
      grade: null,
      certifiedSocialWorkers: g.workers ?? 0,
      volunteers: g.volunteers ?? 0,
      hasOwnUnion: g.hasOwnUnion ?? false,
      serviceArea: g.serviceArea ?? null,
      address: g.address ?? null,
      description: g.description ?? null,
      // Kept by the organization of its first partnership (the union that guided it), as the migration does.
      managedBy: manager(g.key),
      ...DemoContext.stamp(CREATED),
    });
  }
}
