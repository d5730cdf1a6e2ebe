"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.guardianshipResource = void 0;
const access_1 = require("../../common/scope/access");
const resource_1 = require("../../common/resource");
const beneficiary_enums_1 = require("./beneficiary.enums");
const guardianship_entity_1 = require("./guardianship.entity");
exports.guardianshipResource = (0, resource_1.defineResource)({
    name: 'Guardianship',
    entity: guardianship_entity_1.Guardianship,
    single: 'guardianship',
    plural: 'guardianships',
    label: ['监护关系', 'Guardianship'],
    // Lists of people are not for analysts (aggregates only).
    listRoles: access_1.PEOPLE_VIEWERS,
    defaultOrder: { createdAt: 'ASC' },
    fields: {
        guardianId: resource_1.f.ref('Beneficiary', 'guardian', '监护人', 'Guardian', { required: true, filter: true }),
        wardId: resource_1.f.ref('Beneficiary', 'ward', '被监护人', 'Ward', {
            required: true,
            filter: true,
            description: 'Not the guardian; one guardianship per pair',
        }),
        relation: resource_1.f.enum(beneficiary_enums_1.GuardianRelation, 'GuardianRelation', '关系', 'Relation', {
            required: true,
            filter: true,
            sort: true,
        }),
        isPrimary: resource_1.f.boolean('主要监护人', 'Primary guardian', { filter: true }),
        mayPickUp: resource_1.f.boolean('可接送', 'May pick up', { filter: true }),
    },
});
//# sourceMappingURL=guardianship.resource.js.map