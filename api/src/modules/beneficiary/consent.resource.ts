import { PEOPLE_VIEWERS } from '../../common/scope/access';
import { defineResource, f } from '../../common/define-resource';
import './consent-notices';
import { Consent } from './consent.entity';

export const consentResource = defineResource({
  name: 'Consent',
  entity: Consent,
  single: 'consent',
  plural: 'consents',
  title: ['beneficiary.name', 'givenAt'],
  label: ['知情同意', 'Consent'],
  // Lists of people are not for analysts (aggregates only).
  listRoles: PEOPLE_VIEWERS,
  defaultOrder: { givenAt: 'DESC' },
  fields: {
    beneficiaryId: f.field('服务对象', 'Beneficiary', { filter: true }),
    givenById: f.field('同意人', 'Given by', {
      filter: true,
      description: 'The guardian who consented for a child under 14',
    }),
    relation: f.field('与服务对象关系', 'Relation', { filter: true }),
    purpose: f.field('用途', 'Purpose', { filter: true, sort: true }),
    // Open-ended codes; the known ones have words (consent-notices.ts), others are shown as stored.
    noticeVersion: f.field('告知书版本', 'Notice version', { filter: true, enumName: 'ConsentNotice' }),
    givenAt: f.field('同意时间', 'Given at', { filter: true, sort: true }),
    withdrawnAt: f.field('撤回时间', 'Withdrawn at', {
      filter: true,
      sort: true,
      description: 'Not before the time consent was given',
    }),
  },
});
