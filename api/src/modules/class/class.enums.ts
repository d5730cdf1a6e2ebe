import { defineEnum, type EnumValue } from '../../common/enums';

export const CareType = defineEnum('CareType', {
  FULL_DAY: ['全日托', 'Full day'],
  HALF_DAY: ['半日托', 'Half day'],
  HOURLY: ['计时托', 'Hourly'],
  TEMPORARY: ['临时托', 'Temporary'],
  HOLIDAY: ['假期托', 'Holiday'],
  AFTER_SCHOOL: ['课后托', 'After school'],
  EVENING: ['晚间班', 'Evening class'],
  ACTIVITY: ['活动', 'Activity'],
});
export type CareType = EnumValue<typeof CareType>;

export const ClassStatus = defineEnum('ClassStatus', {
  OPEN: ['招生中', 'Open'],
  CLOSED: ['已截止', 'Closed'],
  CANCELLED: ['已取消', 'Cancelled'],
});
export type ClassStatus = EnumValue<typeof ClassStatus>;

export const SessionKind = defineEnum('SessionKind', {
  LESSON: ['课程', 'Lesson'],
  ACTIVITY: ['活动', 'Activity'],
  FIELD_TRIP: ['研学参观', 'Field trip'],
  LECTURE: ['讲座', 'Lecture'],
});
export type SessionKind = EnumValue<typeof SessionKind>;

export const SessionStatus = defineEnum('SessionStatus', {
  SCHEDULED: ['已排课', 'Scheduled'],
  HELD: ['已开展', 'Held'],
  CANCELLED: ['已取消', 'Cancelled'],
});
export type SessionStatus = EnumValue<typeof SessionStatus>;
