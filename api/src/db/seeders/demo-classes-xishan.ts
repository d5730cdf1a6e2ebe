import { CareType as CT, SessionKind as SK } from '../../modules/class/class.enums';
import { kids, MON_FRI } from './demo-class-helpers';
import type { ClassDef, Topic } from './demo-classes';
import { addDays, isoWeekday } from './demo-dates';

/**
 * Article 000: 西山区总工会's 第三届 "会暖春芽·伴爱成长" summer care class, from 7月14日 at 8:00, 130 元/人/天
 * (13000 fen per day). Mornings homework, afternoons music, dance and public speaking; every Friday a visit
 * to the 劳模工匠馆 or a talk by model workers; a "探秘米仓" outing. The end date (six weeks), closing hour,
 * the split of the 书林二小 campus into two age bands and all capacities are invented.
 */
const AFTERNOON = ['音乐', '舞蹈', '演讲'];

function xishanTopic(date: string, i: number): Topic {
  if (date === '2025-07-23') return ['探秘米仓', SK.FIELD_TRIP];
  if (isoWeekday(date) === 5) {
    return date === '2025-08-22' ? ['聆听劳模宣讲', SK.LECTURE] : ['参观劳模工匠馆', SK.FIELD_TRIP];
  }
  return [`上午：暑期作业辅导；下午：${AFTERNOON[i % AFTERNOON.length]}`, SK.LESSON];
}

const TERM = {
  careType: CT.HOLIDAY,
  startsOn: '2025-07-14',
  endsOn: '2025-08-22',
  weekdays: MON_FRI,
  hours: ['08:00', '17:30'] as [string, string],
  feeFen: 13_000,
  topic: xishanTopic,
  // Paid per day: most families book the whole term, some the first four weeks.
  booking: 'weeks' as const,
};

export const XISHAN_CLASSES: ClassDef[] = [
  // The full class: four families on the waitlist, two withdrawals before the start promoted two of them.
  {
    key: 'xs-shulin-low',
    project: 'xs-care-2025',
    venue: 'shulin2-fuhai',
    name: '书林二小福海校区 低年级班',
    months: [72, 119],
    capacity: 45,
    staff: 5,
    ...TERM,
    who: kids('xs'),
    enrolled: 45,
    waitlisted: 4,
    withdrawn: 2,
    recorder: 'fuhai-staff',
  },
  {
    key: 'xs-shulin-high',
    project: 'xs-care-2025',
    venue: 'shulin2-fuhai',
    name: '书林二小福海校区 高年级班',
    months: [108, 155],
    capacity: 45,
    staff: 5,
    ...TERM,
    who: kids('xs'),
    enrolled: 40,
    withdrawn: 1,
    recorder: 'fuhai-staff',
  },
  // "将爱心托管班的服务直接送到大型企业家门口": children of the two enterprises' employees.
  {
    key: 'xs-yntz',
    project: 'xs-care-2025-yntz',
    venue: 'yntz-site',
    name: '云投集团托管点 职工子女班',
    months: [72, 155],
    capacity: 30,
    staff: 3,
    ...TERM,
    who: kids('xs-yntz'),
    enrolled: 26,
    recorder: 'xishan-staff',
  },
  {
    key: 'xs-fudian',
    project: 'xs-care-2025-fudian',
    venue: 'fudian-site',
    name: '富滇银行托管点 职工子女班',
    months: [72, 155],
    capacity: 30,
    staff: 3,
    ...TERM,
    who: kids('xs-fudian'),
    enrolled: 30,
    waitlisted: 2,
    recorder: 'xishan-staff',
  },
];

/** Every date from `from` to `to`: a school holiday. */
function holiday(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

const HOMEWORK = ['语文作业辅导', '数学作业辅导', '英语阅读', '手工与绘画', '户外游戏'];

/**
 * Invented: 福海's after-school class (XISHAN_YEAR_ROUND), on school days from the spring term of 2025; no
 * class in the summer and winter holidays. Told as of a later day it goes on to three weeks past it.
 */
export const XISHAN_YEAR_ROUND_CLASSES: ClassDef[] = [
  {
    key: 'fuhai-after-school',
    project: 'fuhai-after-school',
    venue: 'shulin2-fuhai',
    name: '书林二小福海校区 四点半课堂',
    careType: CT.AFTER_SCHOOL,
    months: [72, 143],
    capacity: 30,
    staff: 2,
    startsOn: '2025-03-03',
    endsOn: '2026-12-31',
    window: ['2025-05-06', '2025-06-27'],
    skip: [
      ...holiday('2025-06-28', '2025-08-31'),
      ...holiday('2025-10-01', '2025-10-08'),
      ...holiday('2026-01-17', '2026-02-22'),
      ...holiday('2026-07-04', '2026-08-31'),
    ],
    weekdays: MON_FRI,
    hours: ['16:30', '18:00'],
    feeFen: 1_000,
    topic: (_date, i) => [HOMEWORK[i % HOMEWORK.length], SK.LESSON],
    who: kids('xs'),
    enrolled: 24,
    recorder: 'fuhai-staff',
  },
];
