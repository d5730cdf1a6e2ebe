import { PEOPLE_VIEWERS } from '../../common/scope/access';
import { defineResource, f } from '../../common/resource';
import { GuardianRelation } from './beneficiary.enums';
import { Guardianship } from './guardianship.entity';

export const guardianshipResource = defineResource({
  name: 'Guardianship',
  entity: Guardianship,
  single: 'guardianship',
  plural: 'guardianships',
  title: ['ward.name', 'guardian.name'],
  label: ['监护关系', 'Guardianship'],
  // Lists of people are not for analysts (aggregates only).
  listRoles: PEOPLE_VIEWERS,
  defaultOrder: { createdAt: 'ASC' },
  fields: {
    guardianId: f.ref('Beneficiary', 'guardian', '监护人', 'Guardian', { required: true, filter: true }),
    wardId: f.ref('Beneficiary', 'ward', '被监护人', 'Ward', {
      required: true,
      filter: true,
      description: 'Not the guardian; one guardianship per pair',
    }),
    relation: f.enum(GuardianRelation, 'GuardianRelation', '关系', 'Relation', {
      required: true,
      filter: true,
      sort: true,
    }),
    isPrimary: f.boolean('主要监护人', 'Primary guardian', { filter: true }),
    mayPickUp: f.boolean('可接送', 'May pick up', { filter: true }),
  },
});
