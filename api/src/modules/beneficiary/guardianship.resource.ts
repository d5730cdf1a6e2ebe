import { PEOPLE_VIEWERS } from '../../common/scope/access';
import { defineResource, f } from '../../common/define-resource';
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
    guardianId: f.field('监护人', 'Guardian', { filter: true }),
    wardId: f.field('被监护人', 'Ward', { filter: true, description: 'Not the guardian; one guardianship per pair' }),
    relation: f.field('关系', 'Relation', { filter: true, sort: true }),
    isPrimary: f.field('主要监护人', 'Primary guardian', { filter: true }),
    mayPickUp: f.field('可接送', 'May pick up', { filter: true }),
  },
});
