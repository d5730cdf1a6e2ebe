import { PEOPLE_VIEWERS } from '../../common/scope/access';
import { defineResource, f } from '../../common/resource';
import './consent-notices';
import { ConsentPurpose, GuardianRelation } from './beneficiary.enums';
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
    beneficiaryId: f.ref('Beneficiary', 'beneficiary', '服务对象', 'Beneficiary', { required: true, filter: true }),
    givenById: f.ref('Beneficiary', 'givenBy', '同意人', 'Given by', {
      filter: true,
      description: 'The guardian who consented for a child under 14',
    }),
    relation: f.enum(GuardianRelation, 'GuardianRelation', '与服务对象关系', 'Relation', { filter: true }),
    purpose: f.enum(ConsentPurpose, 'ConsentPurpose', '用途', 'Purpose', { required: true, filter: true, sort: true }),
    // Open-ended codes; the known ones have words (consent-notices.ts), others are shown as stored.
    noticeVersion: f.string('告知书版本', 'Notice version', {
      required: true,
      filter: true,
      maxLength: 20,
      enumName: 'ConsentNotice',
    }),
    givenAt: f.datetime('同意时间', 'Given at', { required: true, filter: true, sort: true }),
    withdrawnAt: f.datetime('撤回时间', 'Withdrawn at', {
      filter: true,
      sort: true,
      description: 'Not before the time consent was given',
    }),
  },
});
