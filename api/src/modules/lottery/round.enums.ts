import { defineEnum, type EnumValue } from '../../common/enums';

/** An application round's life: 报名 (open) → 摇号 (drawn) → 公示期满确认 (confirmed), or cancelled. */
export const RoundStatus = defineEnum('RoundStatus', {
  OPEN: ['报名中', 'Open'],
  DRAWN: ['已摇号（公示中）', 'Drawn (on notice)'],
  CONFIRMED: ['已确认', 'Confirmed'],
  CANCELLED: ['已取消', 'Cancelled'],
});
export type RoundStatus = EnumValue<typeof RoundStatus>;

export const ApplicationStatus = defineEnum('ApplicationStatus', {
  APPLIED: ['已申请', 'Applied'],
  WITHDRAWN: ['已撤回', 'Withdrawn'],
  WON: ['中签', 'Won'],
  WAITLISTED: ['候补', 'Waitlisted'],
});
export type ApplicationStatus = EnumValue<typeof ApplicationStatus>;
