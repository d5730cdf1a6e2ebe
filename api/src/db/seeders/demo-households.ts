import type { AreaKey } from './demo-areas';

/**
 * The household templates the synthetic people are drawn from. Counts and shares are invented; they are
 * sized so that every class can be filled to the figures the articles give (e.g. 110 pupils in 西峰区's two
 * study halls, 12 children in 思茅区's 15-place nursery).
 */
export interface HouseholdTemplate {
  /** Pool tag the classes select from. */
  tag: string;
  area: AreaKey;
  count: number;
  /** Home community (organization key) and the organization that registers the family. */
  community: string;
  registeredBy: string;
  /** The partner social organization that registered the family (it then sees the records). */
  registeredByGroup?: string;
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
    count: 26,
    community: 'qianwei-c1',
    registeredBy: 'xishan',
    kids: [1, 2],
    ageOn: '2025-07-14',
    months: [72, 155],
    employer: { org: 'fudian', name: '富滇银行' },
  },
  // 小草 runs 穆柯寨社区's summer care and registered its families (article 001).
  {
    tag: 'lz-mkz',
    area: 'lanzhou',
    count: 40,
    community: 'mukezhai',
    registeredBy: 'yanchanglu',
    registeredByGroup: 'xiaocao',
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
    count: 55,
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
    count: 40,
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
    count: 45,
    community: 'dongpinglu',
    registeredBy: 'lanzhoulu',
    kids: [1, 2],
    ageOn: '2023-07-19',
    months: [50, 155],
    grandparent: 0.15,
  },
  // The nursery itself registered its families (article 004).
  {
    tag: 'sm',
    area: 'simao',
    count: 14,
    community: 'chamagudao',
    registeredBy: 'chamagudao',
    registeredByGroup: 'jimi',
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
