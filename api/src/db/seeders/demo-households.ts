import { BeneficiaryCategory as BC, type BeneficiaryCategory } from '../../modules/beneficiary/beneficiary.enums';

/**
 * Who lives where: one profile per district the articles talk about (union membership and jobs of its
 * workers) and the household templates the synthetic people are drawn from. Shares and counts are
 * invented; they are sized so that every class of the articles can be filled to the figures the articles
 * give (e.g. 110 pupils in 西峰区's two study halls, 12 children in 思茅区's 15-place nursery).
 */
export type AreaKey = 'xishan' | 'lanzhou' | 'jiangyang' | 'xifeng' | 'simao' | 'lancang';

export interface Job {
  employer: string | null;
  categories: BeneficiaryCategory[];
  /** Share of men in the job, to pick a job for a father or a mother. */
  male: number;
  /** Counts as paid work (职工). */
  worker: boolean;
}

export const JOBS = {
  courier: { employer: '快递企业网点', categories: [BC.NEW_EMPLOYMENT_FORM_WORKER], male: 0.85, worker: true },
  rideHailing: { employer: '网约车平台', categories: [BC.NEW_EMPLOYMENT_FORM_WORKER], male: 0.9, worker: true },
  delivery: { employer: '外卖平台', categories: [BC.NEW_EMPLOYMENT_FORM_WORKER], male: 0.8, worker: true },
  factory: { employer: '机械制造企业', categories: [BC.INDUSTRIAL_WORKER], male: 0.7, worker: true },
  food: { employer: '食品加工企业', categories: [BC.INDUSTRIAL_WORKER], male: 0.4, worker: true },
  construction: { employer: '建筑施工企业', categories: [BC.INDUSTRIAL_WORKER], male: 0.9, worker: true },
  nurse: { employer: '社区卫生服务中心', categories: [], male: 0.1, worker: true },
  teacher: { employer: '中小学校', categories: [], male: 0.3, worker: true },
  retail: { employer: '商贸企业', categories: [], male: 0.4, worker: true },
  property: { employer: '物业服务企业', categories: [], male: 0.5, worker: true },
  office: { employer: '企业', categories: [], male: 0.5, worker: true },
  migrant: { employer: '外出务工（省外）', categories: [], male: 0.6, worker: true },
  farmer: { employer: null, categories: [], male: 0.5, worker: false },
} satisfies Record<string, Job>;

export type JobKey = keyof typeof JOBS;

export interface AreaProfile {
  /** 6-digit district code: the address part of the synthetic ID numbers. */
  region: string;
  /** Where the area's workers' union membership is (organization keys); null = none. Weighted. */
  unions: [string | null, number][];
  jobs: [JobKey, number][];
  /** Share of mothers who are full-time mothers (全职妈妈). */
  fullTimeMothers: number;
}

export const AREAS: Record<AreaKey, AreaProfile> = {
  // Article 000: couriers, nurses, enterprise staff; some members sit with the city union (outside 西山区)
  // or have no union, so that the subsidy's 工会关系在西山区 rule has something to refuse.
  xishan: {
    region: '530112',
    unions: [
      ['fuhai-c1', 3],
      ['fuhai-c2', 3],
      ['qianwei-c1', 2],
      ['fuhai', 1],
      ['xishan', 1],
      ['kunming', 1],
      [null, 1],
    ],
    jobs: [
      ['courier', 3],
      ['rideHailing', 2],
      ['delivery', 2],
      ['factory', 2],
      ['food', 1],
      ['construction', 1],
      ['nurse', 1],
      ['teacher', 1],
      ['retail', 1],
      ['property', 1],
      ['office', 2],
    ],
    fullTimeMothers: 0.08,
  },
  lanzhou: {
    region: '620102',
    unions: [
      ['yanchanglu', 3],
      ['zhangyelu', 3],
      ['chengguan', 2],
      ['lanzhou', 1],
      [null, 2],
    ],
    jobs: [
      ['courier', 2],
      ['delivery', 2],
      ['rideHailing', 1],
      ['factory', 2],
      ['retail', 2],
      ['nurse', 1],
      ['teacher', 1],
      ['property', 1],
      ['office', 3],
    ],
    fullTimeMothers: 0.1,
  },
  // Article 002: 270多名全职宝妈 in the 宝妈妇联.
  jiangyang: {
    region: '510502',
    unions: [
      ['jiangyang', 5],
      [null, 3],
    ],
    jobs: [
      ['office', 3],
      ['retail', 2],
      ['factory', 2],
      ['food', 1],
      ['courier', 1],
      ['delivery', 1],
      ['nurse', 1],
      ['teacher', 1],
    ],
    fullTimeMothers: 0.45,
  },
  xifeng: {
    region: '621002',
    unions: [
      ['lanzhoulu', 3],
      ['xifeng', 2],
      [null, 3],
    ],
    jobs: [
      ['farmer', 3],
      ['construction', 2],
      ['migrant', 2],
      ['factory', 1],
      ['retail', 1],
      ['teacher', 1],
      ['delivery', 1],
    ],
    fullTimeMothers: 0.1,
  },
  simao: {
    region: '530802',
    unions: [
      ['nanping', 3],
      ['simao', 2],
      [null, 2],
    ],
    jobs: [
      ['office', 2],
      ['retail', 2],
      ['teacher', 1],
      ['nurse', 1],
      ['courier', 1],
      ['food', 1],
    ],
    fullTimeMothers: 0.1,
  },
  // Article 004: 娜登社区's families live from work away from home (外出务工).
  lancang: {
    region: '530828',
    unions: [
      ['menglang', 1],
      [null, 4],
    ],
    jobs: [
      ['migrant', 4],
      ['construction', 1],
      ['farmer', 1],
    ],
    fullTimeMothers: 0,
  },
};

export interface HouseholdTemplate {
  /** Pool tag the classes select from. */
  tag: string;
  area: AreaKey;
  count: number;
  /** Home community (organization key) and the organization that registers the family. */
  community: string;
  registeredBy: string;
  /** Children per household and their age in months on `ageOn`. */
  kids: [number, number];
  ageOn: string;
  months: [number, number];
  /** One parent works at this enterprise, with union membership there. */
  employer?: { org: string; name: string };
  /** Parents work away; grandparents bring the children up (留守儿童). */
  leftBehind?: number;
  /** A grandparent is a co-guardian (隔代照料). */
  grandparent?: number;
}

/** Elderly people living on their own, for the day-care centre (article 004). */
export interface ElderlyTemplate {
  tag: string;
  area: AreaKey;
  count: number;
  community: string;
  registeredBy: string;
  ageOn: string;
  years: [number, number];
}

export const HOUSEHOLDS: HouseholdTemplate[] = [
  // 西山区: most families live around 福海街道 (the 书林二小 campus), some in 前卫街道.
  {
    tag: 'xs',
    area: 'xishan',
    count: 45,
    community: 'fuhai-c1',
    registeredBy: 'fuhai',
    kids: [1, 2],
    ageOn: '2025-07-14',
    months: [72, 155],
    grandparent: 0.1,
  },
  {
    tag: 'xs',
    area: 'xishan',
    count: 20,
    community: 'fuhai-c2',
    registeredBy: 'fuhai',
    kids: [1, 2],
    ageOn: '2025-07-14',
    months: [72, 155],
    grandparent: 0.1,
  },
  {
    tag: 'xs',
    area: 'xishan',
    count: 15,
    community: 'qianwei-c1',
    registeredBy: 'qianwei',
    kids: [1, 2],
    ageOn: '2025-07-14',
    months: [72, 155],
    grandparent: 0.1,
  },
  {
    tag: 'xs-yntz',
    area: 'xishan',
    count: 22,
    community: 'fuhai-c2',
    registeredBy: 'xishan',
    kids: [1, 2],
    ageOn: '2025-07-14',
    months: [72, 155],
    employer: { org: 'yntz', name: '云南省投资控股集团有限公司' },
  },
  {
    tag: 'xs-fudian',
    area: 'xishan',
    count: 24,
    community: 'qianwei-c1',
    registeredBy: 'xishan',
    kids: [1, 2],
    ageOn: '2025-07-14',
    months: [72, 155],
    employer: { org: 'fudian', name: '富滇银行' },
  },
  {
    tag: 'lz-mkz',
    area: 'lanzhou',
    count: 40,
    community: 'mukezhai',
    registeredBy: 'yanchanglu',
    kids: [1, 2],
    ageOn: '2025-07-01',
    months: [66, 160],
    grandparent: 0.1,
  },
  {
    tag: 'lz-szs',
    area: 'lanzhou',
    count: 30,
    community: 'shanzishi',
    registeredBy: 'zhangyelu',
    kids: [1, 2],
    ageOn: '2025-07-01',
    months: [48, 155],
    grandparent: 0.1,
  },
  {
    tag: 'jy-infant',
    area: 'jiangyang',
    count: 62,
    community: 'linfu',
    registeredBy: 'baoma',
    kids: [1, 1],
    ageOn: '2025-07-01',
    months: [12, 34],
    grandparent: 0.3,
  },
  {
    tag: 'jy-school',
    area: 'jiangyang',
    count: 45,
    community: 'linfu',
    registeredBy: 'baoma',
    kids: [1, 2],
    ageOn: '2025-07-05',
    months: [72, 179],
    grandparent: 0.3,
  },
  {
    tag: 'xf-yueling',
    area: 'xifeng',
    count: 45,
    community: 'yueling',
    registeredBy: 'yueling',
    kids: [1, 2],
    ageOn: '2023-07-10',
    months: [72, 155],
    leftBehind: 0.4,
  },
  {
    tag: 'xf-ranli',
    area: 'xifeng',
    count: 38,
    community: 'ranli',
    registeredBy: 'ranli',
    kids: [1, 2],
    ageOn: '2023-07-10',
    months: [72, 155],
    leftBehind: 0.4,
  },
  {
    tag: 'xf-dpl',
    area: 'xifeng',
    count: 40,
    community: 'dongpinglu',
    registeredBy: 'lanzhoulu',
    kids: [1, 2],
    ageOn: '2023-07-19',
    months: [50, 155],
    grandparent: 0.15,
  },
  {
    tag: 'sm',
    area: 'simao',
    count: 14,
    community: 'chamagudao',
    registeredBy: 'chamagudao',
    kids: [1, 1],
    ageOn: '2025-07-01',
    months: [18, 34],
    grandparent: 0.2,
  },
  {
    tag: 'lc-nadeng',
    area: 'lancang',
    count: 30,
    community: 'nadeng',
    registeredBy: 'nadeng',
    kids: [1, 2],
    ageOn: '2025-05-06',
    months: [72, 160],
    leftBehind: 1,
  },
];

export const ELDERLY: ElderlyTemplate[] = [
  {
    tag: 'lc-elderly',
    area: 'lancang',
    count: 26,
    community: 'longquanhu',
    registeredBy: 'longquanhu',
    ageOn: '2025-07-01',
    years: [62, 88],
  },
];
