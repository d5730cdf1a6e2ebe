import { LockMode } from '@mikro-orm/postgresql';
import type { CrudContext } from '../../common/crud/crud-service';
import { isUuid } from '../../common/crud/paging';
import type { ResourceSpec } from '../../common/resource';
import { assertCanWrite } from '../../common/scope/access';
import { badInput, conflict, notFound } from '../../common/errors';
import { recordAudit } from '../audit/audit.service';
import { ProjectStatus } from '../project/project.enums';
import { ServiceProject } from '../project/service-project.entity';
import { NeedStatus } from './need.enums';
import { NeedRequest } from './need-request.entity';
import { needRequestResource } from './need-request.resource';

/**
 * The life of a need (需求清单): raised OPEN by generic create; matched to a project that will
 * serve it (职工点菜 → 社会组织接单); in progress while served; fulfilled, or closed with a reason
 * from any open state. The allowed moves are listed once here; the database refuses others.
 */
export type NeedAction = 'match' | 'start' | 'fulfill' | 'close';

const MOVES: Record<NeedAction, { from: NeedStatus[]; to: NeedStatus; label: string }> = {
  match: { from: [NeedStatus.OPEN, NeedStatus.MATCHED], to: NeedStatus.MATCHED, label: '匹配项目' },
  start: { from: [NeedStatus.MATCHED], to: NeedStatus.IN_PROGRESS, label: '开始服务' },
  fulfill: { from: [NeedStatus.IN_PROGRESS], to: NeedStatus.FULFILLED, label: '确认已满足' },
  close: {
    from: [NeedStatus.OPEN, NeedStatus.MATCHED, NeedStatus.IN_PROGRESS],
    to: NeedStatus.CLOSED,
    label: '关闭',
  },
};

/** Projects a need can still be matched to. */
const MATCHABLE: ProjectStatus[] = [
  ProjectStatus.DRAFT,
  ProjectStatus.SUBMITTED,
  ProjectStatus.APPROVED,
  ProjectStatus.ACTIVE,
];

const STATUS_ZH: Record<NeedStatus, string> = {
  OPEN: '待匹配',
  MATCHED: '已匹配',
  IN_PROGRESS: '服务中',
  FULFILLED: '已满足',
  CLOSED: '已关闭',
};

const spec = needRequestResource as unknown as ResourceSpec;

export async function moveNeedRequest(
  ctx: CrudContext,
  id: string,
  action: NeedAction,
  args: { projectId?: string; note?: string | null; expectedVersion?: number | null } = {},
): Promise<NeedRequest> {
  assertCanWrite(ctx, spec);
  const move = MOVES[action];
  const note = args.note?.trim() || null;
  if (action === 'close' && !note) throw badInput({ note: '关闭需求须说明原因' });
  if (!isUuid(id)) throw notFound('NeedRequest', id);
  return ctx.em.transactional(async (tx) => {
    const need = await tx.findOne(NeedRequest, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!need) throw notFound('NeedRequest', id);
    if (args.expectedVersion != null && need.version !== args.expectedVersion) throw conflict();
    if (!move.from.includes(need.status)) {
      throw conflict(`需求当前为“${STATUS_ZH[need.status]}”，不能${move.label}`, { status: need.status });
    }
    const fields = ['status'];
    if (action === 'match') {
      const project = isUuid(args.projectId) ? await tx.findOne(ServiceProject, { id: args.projectId }) : null;
      if (!project) throw badInput({ projectId: '项目不存在' });
      if (!MATCHABLE.includes(project.status)) throw badInput({ projectId: '项目已结项或已取消，不能再承接需求' });
      if (need.matchedProject?.id === project.id) throw conflict('需求已匹配到该项目');
      need.matchedProject = project;
      need.matchedAt = new Date();
      fields.push('matchedProjectId', 'matchedAt');
    }
    if (action === 'fulfill' || action === 'close') {
      need.resolvedAt = new Date();
      need.resolutionNote = note;
      fields.push('resolvedAt', 'resolutionNote');
    }
    need.status = move.to;
    recordAudit(tx, ctx, { action: `${action}Need`, entityType: 'NeedRequest', entityId: need.id, fields });
    await tx.flush();
    return need;
  });
}
