import { oneParam, type LedgerColumn } from '../../common/export';
import type { XlsxExportSpec } from '../../http/http-route';
import { badInput } from '../../common/errors';
import { settlement } from './settlement.service';
import type { Settlement, SettlementLine } from './settlement.types';

/** The settlement ledger (结算台账) as .xlsx: one row per class and a total, money in 元. */
const COLUMNS: LedgerColumn<SettlementLine>[] = [
  { header: '班级', type: 'text', value: (l) => l.className, width: 32 },
  { header: '每日收费（元）', type: 'money', value: (l) => l.feePerDayFen },
  { header: '已核验场次', type: 'int', value: (l) => l.verifiedSessions },
  { header: '待核验场次', type: 'int', value: (l) => l.pendingSessions },
  { header: '服务人数', type: 'int', value: (l) => l.people },
  { header: '核验出勤人天', type: 'int', value: (l) => l.attendanceDays },
  { header: '费用合计（元）', type: 'money', value: (l) => l.feeFen },
  { header: '主办单位承担（元）', type: 'money', value: (l) => l.sponsorFen },
  { header: '家庭承担（元）', type: 'money', value: (l) => l.familyFen },
];

export const settlementExport: XlsxExportSpec<Settlement> = {
  name: 'settlement.xlsx',
  async parse(query, ctx) {
    const projectId = oneParam(query, 'projectId');
    const month = oneParam(query, 'month');
    if (!projectId || !month) {
      throw badInput({ ...(projectId ? {} : { projectId: '必填' }), ...(month ? {} : { month: '必填' }) });
    }
    return settlement(ctx, projectId, month);
  },
  filename: (s) => `结算台账_${s.projectName}_${s.month}.xlsx`,
  async write(workbook, s) {
    const sheet = workbook.sheet({
      name: '结算汇总',
      title: `${s.projectName} ${s.month} 结算台账`,
      meta: [
        ['主办单位', s.sponsorName ?? ''],
        ['承办方', s.operatorName ?? '（无）'],
        ['结算期间', `${s.from} 至 ${s.to}`],
        ['生成时间', new Date().toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })],
        ['口径', '仅计已核验课次的出勤（出勤、迟到）；主办单位按报名时核定的补贴比例分摊，家庭承担其余'],
      ],
      columns: COLUMNS,
    });
    for (const line of s.lines) sheet.addRow(line);
    sheet.addRow({ ...s.total, className: '合计' }, { bold: true });
    sheet.commit();
  },
};
