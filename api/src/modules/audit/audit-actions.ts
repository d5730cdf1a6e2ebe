import { defineLabels } from '../../common/enums';

/**
 * Every action the audit trail records, with the words the console shows for it. `recordAudit`
 * accepts only these, so a new action cannot reach the log without its Chinese label.
 */
export const AuditAction = defineLabels('AuditAction', {
  create: ['新建', 'Create'],
  update: ['修改', 'Update'],
  delete: ['删除', 'Delete'],
  restore: ['恢复', 'Restore'],
  enroll: ['报名', 'Enroll'],
  withdraw: ['退出/撤回', 'Withdraw'],
  promote: ['候补转正', 'Promote from waitlist'],
  renumber: ['候补重排', 'Renumber waitlist'],
  cancel: ['取消', 'Cancel'],
  recordAttendance: ['点名', 'Roll call'],
  checkIn: ['签到', 'Check in'],
  checkOut: ['签退', 'Check out'],
  verifyAttendance: ['核验考勤', 'Verify attendance'],
  importRoster: ['名单导入', 'Import roster'],
  submit: ['提交审批', 'Submit for approval'],
  approve: ['批准', 'Approve'],
  reject: ['驳回', 'Reject'],
  decide: ['审批', 'Decide'],
  revise: ['退回修改', 'Revise'],
  activate: ['启动', 'Activate'],
  complete: ['结项', 'Complete'],
  reveal: ['查看个人信息', 'Reveal personal data'],
  matchNeed: ['匹配需求', 'Match need'],
  startNeed: ['开始服务', 'Start need'],
  fulfillNeed: ['确认需求已满足', 'Fulfil need'],
  closeNeed: ['关闭需求', 'Close need'],
  revoke: ['吊销', 'Revoke'],
  'set-password': ['设置密码', 'Set password'],
  openRound: ['发布报名轮次', 'Open application round'],
  apply: ['报名申请', 'Apply'],
  draw: ['摇号', 'Draw'],
  recordObjection: ['登记异议', 'Record objection'],
  resolveObjection: ['处理异议', 'Resolve objection'],
  confirmRound: ['确认摇号结果', 'Confirm round'],
  correctRound: ['更正摇号结果', 'Correct round'],
  demote: ['转为候补', 'Move to waitlist'],
});

export type AuditAction = keyof typeof AuditAction;
