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
  /** Taken out of the list by a correction after an upheld objection (e.g. found ineligible). */
  DISQUALIFIED: ['取消资格', 'Disqualified'],
});
export type ApplicationStatus = EnumValue<typeof ApplicationStatus>;

/** An objection (异议) to a drawn round during its notice period: open until upheld or dismissed. */
export const ObjectionStatus = defineEnum('ObjectionStatus', {
  OPEN: ['待处理', 'Open'],
  UPHELD: ['成立', 'Upheld'],
  DISMISSED: ['不成立', 'Dismissed'],
});
export type ObjectionStatus = EnumValue<typeof ObjectionStatus>;

/** A message waiting in the notification outbox for a gateway (SMS, WeChat) to send it. */
export const OutboxStatus = defineEnum('OutboxStatus', {
  PENDING: ['待发送', 'Pending'],
  SENT: ['已发送', 'Sent'],
  FAILED: ['发送失败', 'Failed'],
});
export type OutboxStatus = EnumValue<typeof OutboxStatus>;

/** What a correction after an upheld objection does to one application (docs/lottery.md). */
export const CorrectionAction = defineEnum('CorrectionAction', {
  RETIER: ['更正优先级', 'Change tier'],
  EXCLUDE: ['取消资格', 'Exclude'],
  REINSTATE: ['恢复申请', 'Reinstate'],
});
export type CorrectionAction = EnumValue<typeof CorrectionAction>;
