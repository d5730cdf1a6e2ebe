"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.beneficiaryResource = void 0;
const access_1 = require("../../common/scope/access");
const resource_1 = require("../../common/resource");
const validators_1 = require("../../common/validators");
const beneficiary_pii_1 = require("./beneficiary-pii");
const beneficiary_entity_1 = require("./beneficiary.entity");
const beneficiary_enums_1 = require("./beneficiary.enums");
exports.beneficiaryResource = (0, resource_1.defineResource)({
    name: 'Beneficiary',
    entity: beneficiary_entity_1.Beneficiary,
    single: 'beneficiary',
    plural: 'beneficiaries',
    label: ['服务对象', 'Beneficiary'],
    // Lists of people are not for analysts (aggregates only).
    listRoles: access_1.PEOPLE_VIEWERS,
    search: ['name', 'employer'],
    defaultOrder: { name: 'ASC' },
    beforeWrite: beneficiary_pii_1.beneficiaryBeforeWrite,
    fields: {
        name: resource_1.f.string('姓名', 'Name', { required: true, filter: true, sort: true, maxLength: 50, personal: true }),
        gender: resource_1.f.enum(beneficiary_enums_1.Gender, 'Gender', '性别', 'Gender', { required: true, filter: true, sort: true }),
        birthDate: resource_1.f.date('出生日期', 'Birth date', { filter: true, sort: true, format: 'pastDate', personal: true }),
        // No column of this name: the write hook (beforeWrite) stores it encrypted, hashed and as its last four characters.
        idNumber: resource_1.f.string('身份证号', 'ID number', {
            format: 'idNumber',
            personal: true,
            maxLength: 18,
            description: 'Masked on output (only the last four characters are shown); stored encrypted',
            output: (b) => (b.idNumberLast4 ? `${'*'.repeat(14)}${b.idNumberLast4}` : null),
        }),
        phone: resource_1.f.string('手机号码', 'Mobile phone', {
            format: 'mobile',
            personal: true,
            maxLength: 20,
            description: 'Masked on output (138****1234)',
            output: (b) => (b.phone ? (0, validators_1.maskMobile)(b.phone) : null),
        }),
        categories: resource_1.f.enumList(beneficiary_enums_1.BeneficiaryCategory, 'BeneficiaryCategory', '人员类别', 'Categories', { filter: true }),
        employer: resource_1.f.string('工作单位', 'Employer', { filter: true, maxLength: 200, personal: true }),
        unionOrganizationId: resource_1.f.ref('Organization', 'unionOrganization', '工会关系所在', 'Union organization', {
            filter: true,
        }),
        homeCommunityId: resource_1.f.ref('Organization', 'homeCommunity', '所在社区', 'Home community', { filter: true }),
        registeredById: resource_1.f.ref('Organization', 'registeredBy', '登记单位', 'Registered by', {
            required: true,
            filter: true,
            description: "The organization whose subtree this person's record belongs to",
        }),
        registeredByGroupId: resource_1.f.ref('SocialGroup', 'registeredByGroup', '登记社会组织', 'Registered by (social group)', {
            filter: true,
            description: 'Set for people a partner social organization registered',
        }),
        notes: resource_1.f.text('备注', 'Notes', { personal: true }),
    },
    toMany: {
        enrollments: { target: 'Enrollment', inverse: 'beneficiary', label: ['报名', 'Enrollments'] },
        guardians: { target: 'Guardianship', inverse: 'ward', label: ['监护人', 'Guardians'] },
        wards: { target: 'Guardianship', inverse: 'guardian', label: ['被监护人', 'Wards'] },
        consents: { target: 'Consent', inverse: 'beneficiary', label: ['知情同意', 'Consents'] },
        serviceRecords: { target: 'ServiceRecord', inverse: 'beneficiary', label: ['服务记录', 'Service records'] },
    },
});
//# sourceMappingURL=beneficiary.resource.js.map