import { defineResource, f } from '../../common/define-resource';
import { ApplicationRound } from './application-round.entity';

/**
 * Application rounds are read through the generic lists; they are opened and drawn by domain actions
 * (round.resolver.ts), never written generically. The seed is not a field: the public notice shows it
 * once the round is drawn.
 */
export const applicationRoundResource = defineResource({
  name: 'ApplicationRound',
  entity: ApplicationRound,
  single: 'applicationRound',
  plural: 'applicationRounds',
  title: ['serviceClass.name', 'closesAt'],
  label: ['报名轮次', 'Application round'],
  defaultOrder: { closesAt: 'DESC' },
  operations: { create: false, update: false, delete: false },
  fields: {
    classId: f.field('班级', 'Class', { filter: true, relation: 'serviceClass' }),
    opensAt: f.field('报名开始', 'Opens at', { readOnly: true, filter: true, sort: true }),
    closesAt: f.field('报名截止', 'Closes at', { readOnly: true, filter: true, sort: true }),
    places: f.field('名额', 'Places', { readOnly: true, sort: true }),
    noticeDays: f.field('公示天数', 'Notice days', { readOnly: true }),
    seedHash: f.field('种子哈希', 'Seed hash', {
      readOnly: true,
      showAs: 'detail',
      description: 'SHA-256 of the seed, published when the round opens; the seed is revealed at the draw',
    }),
    status: f.field('状态', 'Status', { readOnly: true, filter: true, sort: true }),
    applicationCount: f.field('已编号申请数', 'Applications numbered', {
      readOnly: true,
      sort: true,
      description: 'Application numbers issued, withdrawn applications included (the notice lists those drawn)',
    }),
    placesDrawn: f.field('摇号名额', 'Places drawn', { readOnly: true }),
    drawnAt: f.field('摇号时间', 'Drawn at', { readOnly: true, sort: true }),
    listHash: f.field('名单哈希', 'List hash', { readOnly: true, showAs: 'detail' }),
    resultHash: f.field('结果哈希', 'Result hash', { readOnly: true, showAs: 'detail' }),
    noticeEndsAt: f.field('公示截止', 'Notice ends at', { readOnly: true, sort: true }),
    confirmedAt: f.field('确认时间', 'Confirmed at', { readOnly: true, sort: true }),
  },
  toMany: {
    applications: { label: ['报名申请', 'Applications'] },
  },
});
