import { CareType as CT, SessionKind as SK } from '../../modules/class/class.enums';
import { ADULT, adults, fullTimeMother, kids, MON_FRI, rotate, women } from './demo-class-helpers';
import type { ClassDef } from './demo-classes';

/**
 * Article 002 (江阳区 宝妈妇联, 邻府社区). Figures from the article: the nursery's 半日托、计时托、临时托、假日托
 * beside full-day care; the family-education night school 每周一二三晚上7点 with 64 sessions held by the
 * article's date (2024-05-31); 84 公益形体课 lessons for 1300余人次; the youth palace's 32 classes a term
 * (美术、书法、舞蹈、军事训练、野外生存) for 600余名 a week; 油纸伞 training for full-time mothers.
 * Invented: nursery fees ("35% below comparable nurseries" gives no price), capacities, hours not stated.
 */
const NURSERY = {
  project: 'jy-nursery',
  venue: 'linfu-nursery',
  months: [12, 36] as [number, number],
  endsOn: '2026-04-30',
  // A year-round nursery: the demo holds its sessions for summer 2025 only.
  window: ['2025-07-01', '2025-08-29'] as [string, string],
  who: kids('jy-infant'),
  recorder: 'jiangyang-fulian',
};
const NURSERY_TOPICS = ['绘本阅读', '音乐律动', '户外活动', '感统游戏', '生活习惯养成'];

// Spring Festival break and public holidays without lessons.
const SPRING_FESTIVAL_2024 = ['2024-02-05', '2024-02-06', '2024-02-07', '2024-02-08', '2024-02-09'].concat([
  '2024-02-12',
  '2024-02-13',
  '2024-02-14',
  '2024-02-15',
  '2024-02-16',
]);
const NIGHT_TOPICS = [
  '0–3岁：亲子依恋与早期养育',
  '3–6岁：习惯养成与情绪管理',
  '小学：学习习惯与亲子沟通',
  '初中：青春期心理与沟通',
  '隔代教养与家庭分工',
  '家庭健康与营养',
  '儿童安全与应急救护',
  '家庭矛盾的沟通与化解',
];

// 32 classes; "每周600余名" → 20 places each. The demo's synthetic families fill only a few per class.
const YOUTH_SUBJECTS: [subject: string, classes: number, topics: string[]][] = [
  ['美术', 7, ['素描基础', '色彩练习', '创意绘画', '户外写生']],
  ['书法', 7, ['基本笔画', '楷书练习', '硬笔书法', '作品创作']],
  ['舞蹈', 7, ['基本功', '民族舞', '少儿街舞', '汇报排练']],
  ['军事训练', 6, ['队列训练', '内务整理', '国防知识', '体能拓展']],
  ['野外生存', 5, ['认识花草树木', '搭建帐篷', '野外安全与急救', '定向越野']],
];
const YOUTH_BANDS: [min: number, max: number, label: string][] = [
  [72, 107, '6–8岁'],
  [96, 131, '8–10岁'],
  [120, 179, '10–14岁'],
];
const YOUTH_SLOTS: [string, string][] = [
  ['09:00', '10:30'],
  ['10:45', '12:15'],
  ['14:30', '16:00'],
  ['16:15', '17:45'],
];

function youthPalaceClasses(): ClassDef[] {
  const out: ClassDef[] = [];
  for (const [subject, count, topics] of YOUTH_SUBJECTS) {
    for (let i = 0; i < count; i++) {
      const n = out.length;
      const [min, max, band] = YOUTH_BANDS[i % YOUTH_BANDS.length];
      const outdoor = subject === '军事训练' || subject === '野外生存';
      out.push({
        key: `jy-youth-${n + 1}`,
        project: 'jy-youth',
        venue: 'linfu-youth',
        name: `${subject}${i + 1}班（${band}）`,
        careType: CT.ACTIVITY,
        months: [min, max],
        capacity: 20,
        staff: outdoor ? 2 : 1,
        startsOn: '2025-07-05',
        endsOn: '2025-08-31',
        weekdays: [n % 2 === 0 ? 6 : 7],
        hours: YOUTH_SLOTS[Math.floor(n / 2) % YOUTH_SLOTS.length],
        feeFen: 0,
        topic: rotate(SK.LESSON, `${subject}：`, topics),
        who: kids('jy-school'),
        enrolled: 3,
        // Up to two classes a child, at different times (enrollment refuses clashing slots).
        group: 'jy-youth',
        groupMax: 2,
        recorder: 'jiangyang-fulian',
      });
    }
  }
  return out;
}

export const JIANGYANG_CLASSES: ClassDef[] = [
  {
    key: 'jy-full',
    ...NURSERY,
    name: '全日托班',
    careType: CT.FULL_DAY,
    capacity: 30,
    staff: 6,
    startsOn: '2023-05-01',
    weekdays: MON_FRI,
    hours: ['08:00', '17:30'],
    feeFen: 7_000,
    topic: rotate(SK.LESSON, '', NURSERY_TOPICS),
    enrolled: 26,
  },
  {
    key: 'jy-half',
    ...NURSERY,
    name: '半日托班',
    careType: CT.HALF_DAY,
    capacity: 15,
    staff: 3,
    startsOn: '2023-10-09',
    weekdays: MON_FRI,
    hours: ['08:00', '12:00'],
    feeFen: 4_000,
    topic: rotate(SK.LESSON, '', NURSERY_TOPICS),
    enrolled: 12,
  },
  {
    key: 'jy-hourly',
    ...NURSERY,
    name: '计时托',
    careType: CT.HOURLY,
    capacity: 8,
    staff: 2,
    startsOn: '2023-10-09',
    weekdays: MON_FRI,
    hours: ['14:00', '18:00'],
    feeFen: 2_000,
    topic: () => ['计时托', SK.LESSON],
    enrolled: 8,
    waitlisted: 2,
    booking: 'some',
  },
  {
    key: 'jy-temp',
    ...NURSERY,
    name: '临时托',
    careType: CT.TEMPORARY,
    capacity: 6,
    staff: 2,
    startsOn: '2023-10-09',
    weekdays: MON_FRI,
    hours: ['08:00', '17:30'],
    feeFen: 8_000,
    topic: () => ['临时托', SK.LESSON],
    enrolled: 5,
    booking: 'some',
  },
  {
    key: 'jy-holiday',
    ...NURSERY,
    name: '假日托',
    careType: CT.HOLIDAY,
    capacity: 20,
    staff: 3,
    startsOn: '2023-10-14',
    weekdays: [6],
    hours: ['08:30', '17:00'],
    feeFen: 7_000,
    topic: () => ['假日托：亲子活动与户外游戏', SK.ACTIVITY],
    enrolled: 10,
  },
  // 64 sessions, the last on the article's week; 36 parents and grandparents → "2000多人次" attendances.
  {
    key: 'jy-night',
    project: 'jy-night-school',
    venue: 'linfu-women',
    name: '家庭健康教育夜校',
    careType: CT.EVENING,
    months: [216, 960],
    capacity: 40,
    staff: 2,
    startsOn: '2023-12-01',
    endsOn: '2024-05-29',
    weekdays: [1, 2, 3],
    hours: ['19:00', '20:30'],
    feeFen: 0,
    count: 64,
    skip: ['2024-01-01', ...SPRING_FESTIVAL_2024, '2024-05-01'],
    topic: rotate(SK.LECTURE, '', NIGHT_TOPICS),
    who: adults('jiangyang'),
    enrolled: 36,
    recorder: 'jiangyang-fulian',
  },
  // 84 lessons; 18 women → "1300余人次".
  {
    key: 'jy-shape',
    project: 'jy-shape',
    venue: 'linfu-women',
    name: '公益形体课',
    careType: CT.ACTIVITY,
    months: ADULT,
    capacity: 20,
    staff: 1,
    startsOn: '2023-10-01',
    endsOn: '2024-05-31',
    weekdays: [1, 3, 5],
    hours: ['09:30', '10:30'],
    feeFen: 0,
    count: 84,
    skip: [
      '2023-10-02',
      '2023-10-04',
      '2023-10-06',
      '2024-01-01',
      ...SPRING_FESTIVAL_2024,
      '2024-04-05',
      '2024-05-01',
      '2024-05-03',
    ],
    topic: () => ['公益形体课', SK.LESSON],
    who: adults('jiangyang', women),
    enrolled: 18,
    recorder: 'jiangyang-fulian',
  },
  ...youthPalaceClasses(),
  {
    key: 'jy-umbrella',
    project: 'jy-workshop',
    venue: 'linfu-women',
    name: '油纸伞制作培训',
    careType: CT.ACTIVITY,
    months: ADULT,
    capacity: 30,
    staff: 2,
    startsOn: '2024-03-01',
    endsOn: '2025-12-31',
    window: ['2025-07-01', '2025-08-28'],
    weekdays: [2, 4],
    hours: ['14:00', '16:30'],
    feeFen: 0,
    topic: rotate(SK.LESSON, '油纸伞制作：', ['伞骨制作', '裱伞面', '绘花', '上油', '收口与检验']),
    who: adults('jiangyang', fullTimeMother),
    enrolled: 20,
    withdrawn: 2,
    recorder: 'jiangyang-fulian',
  },
];
