"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.serviceClassResource = void 0;
const resource_1 = require("../../common/resource");
const class_capacity_rules_1 = require("../enrollment/class-capacity.rules");
const class_enums_1 = require("./class.enums");
const service_class_entity_1 = require("./service-class.entity");
exports.serviceClassResource = (0, resource_1.defineResource)({
    name: 'ServiceClass',
    entity: service_class_entity_1.ServiceClass,
    single: 'serviceClass',
    plural: 'serviceClasses',
    label: ['班级', 'Class'],
    search: ['name'],
    defaultOrder: { startsOn: 'DESC' },
    validate: class_capacity_rules_1.serviceClassCapacityRules,
    fields: {
        projectId: resource_1.f.ref('ServiceProject', 'project', '服务项目', 'Project', { required: true, filter: true }),
        venueId: resource_1.f.ref('Venue', 'venue', '场地', 'Venue', { filter: true }),
        name: resource_1.f.string('班级名称', 'Name', { required: true, filter: true, sort: true, maxLength: 200 }),
        careType: resource_1.f.enum(class_enums_1.CareType, 'CareType', '托管类型', 'Care type', { required: true, filter: true, sort: true }),
        minAgeMonths: resource_1.f.int('最小月龄', 'Minimum age (months)', { min: 0, filter: true, sort: true }),
        maxAgeMonths: resource_1.f.int('最大月龄', 'Maximum age (months)', {
            min: 0,
            filter: true,
            sort: true,
            description: 'Not below the minimum age',
        }),
        capacity: resource_1.f.int('招收名额', 'Capacity', {
            required: true,
            min: 1,
            filter: true,
            sort: true,
            description: 'Not below the number already enrolled',
        }),
        enrolledCount: resource_1.f.int('已报名人数', 'Enrolled', {
            readOnly: true,
            filter: true,
            sort: true,
            description: 'Kept by the database from live enrollments',
        }),
        staffCount: resource_1.f.int('工作人员数', 'Staff', { min: 0, sort: true }),
        startsOn: resource_1.f.date('开班日期', 'Starts on', { required: true, filter: true, sort: true }),
        endsOn: resource_1.f.date('结班日期', 'Ends on', {
            required: true,
            filter: true,
            sort: true,
            description: 'On or after the start date',
        }),
        weekdays: resource_1.f.intList('上课日', 'Weekdays', {
            required: true,
            filter: true,
            description: 'ISO weekdays, 1 = Monday … 7 = Sunday',
        }),
        dailyStart: resource_1.f.time('每日开始时间', 'Daily start', { required: true, sort: true }),
        dailyEnd: resource_1.f.time('每日结束时间', 'Daily end', { required: true, sort: true, description: 'After the daily start' }),
        feePerDayFen: resource_1.f.money('每日收费', 'Fee per day', { sort: true }),
        status: resource_1.f.enum(class_enums_1.ClassStatus, 'ClassStatus', '状态', 'Status', { filter: true, sort: true }),
    },
    toMany: {
        sessions: { target: 'ClassSession', inverse: 'serviceClass', label: ['课次', 'Sessions'] },
        enrollments: { target: 'Enrollment', inverse: 'serviceClass', label: ['报名', 'Enrollments'] },
    },
});
//# sourceMappingURL=service-class.resource.js.map