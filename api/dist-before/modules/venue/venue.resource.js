"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.venueResource = void 0;
const resource_1 = require("../../common/resource");
const venue_entity_1 = require("./venue.entity");
const venue_enums_1 = require("./venue.enums");
exports.venueResource = (0, resource_1.defineResource)({
    name: 'Venue',
    entity: venue_entity_1.Venue,
    single: 'venue',
    plural: 'venues',
    label: ['场地', 'Venue'],
    writeRoles: ['PLATFORM_ADMIN', 'ORG_ADMIN', 'ORG_STAFF'],
    search: ['name', 'address'],
    defaultOrder: { name: 'ASC' },
    fields: {
        name: resource_1.f.string('名称', 'Name', { required: true, filter: true, sort: true, maxLength: 200 }),
        kind: resource_1.f.enum(venue_enums_1.VenueKind, 'VenueKind', '类型', 'Kind', { required: true, filter: true, sort: true }),
        ownerId: resource_1.f.ref('Organization', 'owner', '所属单位', 'Owner', { filter: true }),
        address: resource_1.f.string('地址', 'Address', { maxLength: 300 }),
        areaSqm: resource_1.f.int('面积（平方米）', 'Area (m²)', { min: 0, sort: true }),
        capacity: resource_1.f.int('可容纳人数', 'Capacity', { min: 0, filter: true, sort: true }),
        hasSafetyPost: resource_1.f.boolean('设有护学岗', 'Has a school-safety post', { filter: true }),
        hasFoodLicence: resource_1.f.boolean('具备食品经营许可', 'Has a food licence', { filter: true }),
        facilities: resource_1.f.text('设施设备', 'Facilities'),
    },
    toMany: {
        classes: { target: 'ServiceClass', inverse: 'venue', label: ['班级', 'Classes'] },
    },
});
//# sourceMappingURL=venue.resource.js.map