import type { MikroORM } from '@mikro-orm/postgresql';
import type { RequestHandler } from 'express';
import { AppError } from '../common/errors';
import type { Logger } from '../common/logger';
import { roundNotice, type RoundNoticeData } from '../modules/lottery/round-notice';

/**
 * GET /notice/<roundId>: the public notice (公示) of an application round as a page anyone can open without
 * signing in, the same data as the `roundNotice` query (masked names, last four characters of the
 * application number, tier, outcome), plus the seed and hashes that `npm run verify-draw` checks.
 */
const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const time = (d: Date | null) =>
  d
    ? new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' }).format(d)
    : '—';
const OUTCOME: Record<string, string> = { WON: '中签', WAITLISTED: '候补' };

const CHANGE: Record<string, string> = { RETIER: '更正优先级', EXCLUDE: '取消资格', REINSTATE: '恢复申请' };
const MOVE: Record<string, string> = { WON: '中签', WAITLISTED: '候补', WITHDRAWN: '已撤回', DISQUALIFIED: '取消资格' };
/** 'WON 2', 'WAITLISTED 1 B' (several classes), 'DISQUALIFIED' as the page says them. */
const moveText = (m: string) => {
  const [what, position, cls] = m.split(' ');
  return `${MOVE[what] ?? what}${position ? ` ${position}` : ''}${cls ? `（${esc(cls)}班）` : ''}`;
};

/** Each correction after an upheld objection: what changed, whose outcome moved (last four only), the hashes. */
function renderCorrections(n: RoundNoticeData): string {
  return n.corrections
    .map((c, i) => {
      const changes = c.changes
        .map(
          (x) => `${esc(x.number)} ${CHANGE[x.action]}${x.action === 'RETIER' ? `（${x.fromTier}→${x.toTier}）` : ''}`,
        )
        .join('；');
      const moves = c.moves.map((m) => `${esc(m.numberLast4)}：${moveText(m.from)} → ${moveText(m.to)}`).join('；');
      return (
        `<h3>更正 ${i + 1}（${time(c.correctedAt)}）</h3><p>根据成立的异议：${changes}。同一种子、同一名额重新计算，` +
        `仅结果受影响的申请变动${moves ? `：${moves}` : '（结果无变动）'}。</p>` +
        `<p>更正前名单哈希 <code>${c.previousListHash}</code>，结果哈希 <code>${c.previousResultHash}</code>；` +
        `更正后 <code>${c.listHash}</code>，<code>${c.resultHash}</code>。</p>`
      );
    })
    .join('\n');
}

export function renderNotice(n: RoundNoticeData): string {
  const several = n.classes.length > 1;
  const classCell = (label: string | null) => (several ? `<td>${esc(label ?? '')}</td>` : '');
  const rows = n.results
    .map(
      (r) =>
        `<tr><td>${esc(r.maskedName)}</td><td>${esc(r.numberLast4)}</td><td>${r.tier}</td>` +
        `<td>${OUTCOME[r.outcome]}</td>${classCell(r.classLabel)}<td>${r.position}</td></tr>`,
    )
    .join('\n');
  const classes = several
    ? `<p>本轮多个班级一起摇号，申请人按志愿顺序填报：${n.classes
        .map((c) => `${esc(c.label)} ${esc(c.className)}（名额 ${c.placesDrawn ?? c.places}）`)
        .join('；')}。</p>`
    : '';
  const state =
    n.status === 'OPEN'
      ? `报名中，${time(n.closesAt)} 截止；截止后摇号。`
      : n.resultsShown
        ? `已于 ${time(n.drawnAt)} 摇号，公示至 ${time(n.noticeEndsAt)}。如有异议，请在公示期内向主办单位（${esc(n.organizerName)}）提出。`
        : n.status === 'CONFIRMED'
          ? '公示期已结束，摇号结果已确认。'
          : '公示期已结束。';
  // Before the draw the page announces the round; after it, it is the notice of the result.
  const heading = n.status === 'OPEN' ? '报名轮次公告' : '摇号结果公示';
  // Objections are counted, never quoted (a reason may name a person).
  const pending = n.objectionsRecorded - n.objectionsUpheld - n.objectionsDismissed;
  const objections =
    n.status === 'OPEN'
      ? ''
      : `<p>公示期内收到异议 ${n.objectionsRecorded} 件（成立 ${n.objectionsUpheld} 件，不成立 ${n.objectionsDismissed} 件` +
        `${pending > 0 ? `，待处理 ${pending} 件` : ''}）。</p>`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${heading} · ${esc(n.className)}</title>
<link rel="icon" href="data:,">
<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.6}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left}
code{word-break:break-all;font-size:.85rem}</style></head>
<body>
<h1>${heading}</h1>
<p>${esc(n.projectName)} · ${esc(n.className)}（主办单位：${esc(n.organizerName)}）</p>
<p>${state}</p>
${objections}
${n.corrections.length ? `<h2>更正</h2>\n${renderCorrections(n)}` : ''}
${classes}
<p>提供名额 ${n.places}${n.placesDrawn === null ? '' : `，实际摇号名额 ${n.placesDrawn}`}；报名时间 ${time(n.opensAt)} 至 ${time(n.closesAt)}。</p>
${rows ? `<table><thead><tr><th>姓名</th><th>申请编号后四位</th><th>优先级</th><th>结果</th>${several ? '<th>班级</th>' : ''}<th>顺位</th></tr></thead><tbody>\n${rows}\n</tbody></table>` : ''}
<h2>核验</h2>
<p>种子哈希（开放报名时公布）：<code>${n.seedHash}</code></p>
<p>种子：<code>${n.seed ?? '摇号时公布'}</code></p>
<p>申请名单哈希：<code>${n.listHash ?? '—'}</code>；结果哈希：<code>${n.resultHash ?? '—'}</code></p>
${
  n.status === 'OPEN' && n.applications.length === 0
    ? '<p>参加摇号的申请名单（编号、优先级、同组）于报名截止后公布。</p>'
    : `<details><summary>参加摇号的申请 ${n.applications.length} 份（编号、优先级、同组）</summary><table><thead><tr><th>申请编号</th><th>优先级</th><th>同组</th>${several ? '<th>志愿</th>' : ''}</tr></thead><tbody>\n${n.applications
        .map(
          (a) =>
            `<tr><td>${esc(a.number)}</td><td>${a.tier}</td><td>${esc(a.group ?? '')}</td>` +
            `${several ? `<td>${esc((a.preferences ?? []).join(' > '))}</td>` : ''}</tr>`,
        )
        .join('\n')}\n</tbody></table></details>`
}
<p>任何人可按公开的算法，用上面的申请名单与种子重算摇号结果，并与结果哈希比对；技术人员可用核验命令
<code>npm run verify-draw -- ${n.roundId}</code>。</p>
</body></html>
`;
}

export function roundNoticePage(orm: MikroORM, logger: Logger): RequestHandler {
  return async (req, res) => {
    try {
      const notice = await roundNotice(orm.em.fork(), String(req.params.id));
      res.type('text/html; charset=utf-8').send(renderNotice(notice));
    } catch (e) {
      if (e instanceof AppError && e.extensions.code === 'NOT_FOUND') {
        res
          .status(404)
          .type('text/html; charset=utf-8')
          .send('<!doctype html><meta charset="utf-8"><p>没有这份公示。</p>');
        return;
      }
      logger.error({ err: e instanceof Error ? e.message : String(e) }, 'round notice page failed');
      res
        .status(500)
        .type('text/html; charset=utf-8')
        .send('<!doctype html><meta charset="utf-8"><p>服务器内部错误。</p>');
    }
  };
}
