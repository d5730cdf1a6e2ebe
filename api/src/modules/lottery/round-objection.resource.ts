import { defineResource, f } from '../../common/define-resource';
import { PEOPLE_VIEWERS } from '../../common/scope/access';
import { RoundObjection } from './round-objection.entity';

/**
 * Objections (异议) to a drawn round: recorded and resolved by domain actions (recordRoundObjection,
 * resolveRoundObjection), read here by the round's staff. A reason may name a person: not for analysts.
 */
export const roundObjectionResource = defineResource({
  name: 'RoundObjection',
  entity: RoundObjection,
  single: 'roundObjection',
  plural: 'roundObjections',
  title: ['round.closesAt', 'status'],
  label: ['摇号异议', 'Round objection'],
  listRoles: PEOPLE_VIEWERS,
  defaultOrder: { createdAt: 'ASC' },
  operations: { create: false, update: false, delete: false },
  fields: {
    roundId: f.field('报名轮次', 'Round', { readOnly: true, filter: true }),
    applicationId: f.field('相关申请', 'Application', { readOnly: true, filter: true }),
    reason: f.field('异议理由', 'Reason', { readOnly: true }),
    status: f.field('状态', 'Status', { readOnly: true, filter: true, sort: true }),
    resolution: f.field('处理意见', 'Resolution', { readOnly: true }),
    resolvedAt: f.field('处理时间', 'Resolved at', { readOnly: true, sort: true }),
    correctedAt: f.field('据以更正时间', 'Corrected at', {
      readOnly: true,
      sort: true,
      description: 'When the round was corrected on this upheld objection (once); null: not used yet',
    }),
  },
});
