import { defineResource, f } from '../../common/resource';
import { Venue } from './venue.entity';
import { VenueKind } from './venue.enums';

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
    name: f.string('名称', 'Name', { required: true, filter: true, sort: true, maxLength: 200 }),
    kind: f.enum(VenueKind, 'VenueKind', '类型', 'Kind', { required: true, filter: true, sort: true }),
    ownerId: f.ref('Organization', 'owner', '所属单位', 'Owner', { filter: true }),
    address: f.string('地址', 'Address', { maxLength: 300 }),
    areaSqm: f.int('面积（平方米）', 'Area (m²)', { min: 0, sort: true }),
    capacity: f.int('可容纳人数', 'Capacity', { min: 0, filter: true, sort: true }),
    hasSafetyPost: f.boolean('设有护学岗', 'Has a school-safety post', { filter: true }),
    hasFoodLicence: f.boolean('具备食品经营许可', 'Has a food licence', { filter: true }),
    facilities: f.text('设施设备', 'Facilities'),
  },
  toMany: {
    classes: { target: 'ServiceClass', inverse: 'venue', label: ['班级', 'Classes'] },
  },
});
