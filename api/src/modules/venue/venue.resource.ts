import { defineResource, f } from '../../common/define-resource';
import { Venue } from './venue.entity';

export const venueResource = defineResource({
  name: 'Venue',
  entity: Venue,
  single: 'venue',
  plural: 'venues',
  label: ['场地', 'Venue'],
  writeRoles: ['PLATFORM_ADMIN', 'ORG_ADMIN', 'ORG_STAFF'],
  search: ['name', 'address'],
  defaultOrder: { name: 'ASC' },
  fields: {
    name: f.field('名称', 'Name', { filter: true, sort: true }),
    kind: f.field('类型', 'Kind', { filter: true, sort: true }),
    ownerId: f.field('所属单位', 'Owner', { filter: true }),
    address: f.field('地址', 'Address'),
    areaSqm: f.field('面积（平方米）', 'Area (m²)', { sort: true }),
    capacity: f.field('可容纳人数', 'Capacity', { filter: true, sort: true }),
    hasSafetyPost: f.field('设有护学岗', 'Has a school-safety post', { filter: true }),
    hasFoodLicence: f.field('具备食品经营许可', 'Has a food licence', { filter: true }),
    facilities: f.field('设施设备', 'Facilities'),
  },
  toMany: {
    classes: { label: ['班级', 'Classes'] },
  },
});
