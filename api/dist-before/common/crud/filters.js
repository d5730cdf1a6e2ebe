"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DateTimeFilter = exports.TimeFilter = exports.DateFilter = exports.IdFilter = exports.BooleanFilter = exports.IntFilter = exports.StringFilter = void 0;
exports.filterTypeOf = filterTypeOf;
exports.whereTypeOf = whereTypeOf;
exports.filterableFields = filterableFields;
const type_graphql_1 = require("type-graphql");
const scalars_1 = require("./scalars");
const registry_1 = require("./registry");
function operatorInput(name, type, ops, nullable) {
    const C = class {
    };
    Object.defineProperty(C, 'name', { value: name });
    for (const op of ops) {
        const many = op === 'in' || op === 'notIn';
        (0, type_graphql_1.Field)(() => (many ? [type] : type), { nullable: true })(C.prototype, op);
    }
    if (nullable) {
        (0, type_graphql_1.Field)(() => Boolean, { nullable: true, description: 'true: only rows where the value is empty' })(C.prototype, 'isNull');
    }
    (0, type_graphql_1.InputType)(name)(C);
    return C;
}
const ORDERED = ['equals', 'in', 'notIn', 'lt', 'lte', 'gt', 'gte'];
const STRING = [...ORDERED, 'contains', 'startsWith'];
const scalarFilters = (0, registry_1.memo)();
const StringFilter = () => scalarFilters('StringFilter', () => operatorInput('StringFilter', String, STRING, true));
exports.StringFilter = StringFilter;
const IntFilter = () => scalarFilters('IntFilter', () => operatorInput('IntFilter', type_graphql_1.Int, ORDERED, true));
exports.IntFilter = IntFilter;
const BooleanFilter = () => scalarFilters('BooleanFilter', () => operatorInput('BooleanFilter', Boolean, ['equals'], true));
exports.BooleanFilter = BooleanFilter;
const IdFilter = () => scalarFilters('IdFilter', () => operatorInput('IdFilter', type_graphql_1.ID, ['equals', 'in', 'notIn'], true));
exports.IdFilter = IdFilter;
const DateFilter = () => scalarFilters('DateFilter', () => operatorInput('DateFilter', scalars_1.LocalDate, ORDERED, true));
exports.DateFilter = DateFilter;
const TimeFilter = () => scalarFilters('TimeFilter', () => operatorInput('TimeFilter', scalars_1.LocalTime, ORDERED, true));
exports.TimeFilter = TimeFilter;
const DateTimeFilter = () => scalarFilters('DateTimeFilter', () => operatorInput('DateTimeFilter', scalars_1.DateTime, ORDERED, true));
exports.DateTimeFilter = DateTimeFilter;
const enumFilters = (0, registry_1.memo)();
function EnumFilter(field) {
    const name = `${field.enumName}Filter`;
    return enumFilters(name, () => operatorInput(name, field.enum, ['equals', 'in', 'notIn'], true));
}
/** Array columns: hasSome (overlaps), hasEvery (contains all), isEmpty. */
function listFilter(name, type) {
    return enumFilters(name, () => {
        const C = class {
        };
        Object.defineProperty(C, 'name', { value: name });
        (0, type_graphql_1.Field)(() => [type], { nullable: true })(C.prototype, 'hasSome');
        (0, type_graphql_1.Field)(() => [type], { nullable: true })(C.prototype, 'hasEvery');
        (0, type_graphql_1.Field)(() => Boolean, { nullable: true })(C.prototype, 'isEmpty');
        (0, type_graphql_1.InputType)(name)(C);
        return C;
    });
}
function filterTypeOf(field) {
    switch (field.kind) {
        case 'string':
        case 'text':
            return (0, exports.StringFilter)();
        case 'int':
        case 'money':
        case 'bp':
            return (0, exports.IntFilter)();
        case 'boolean':
            return (0, exports.BooleanFilter)();
        case 'date':
            return (0, exports.DateFilter)();
        case 'time':
            return (0, exports.TimeFilter)();
        case 'datetime':
            return (0, exports.DateTimeFilter)();
        case 'enum':
            return EnumFilter(field);
        case 'enumList':
            return listFilter(`${field.enumName}ListFilter`, field.enum);
        case 'intList':
            return listFilter('IntListFilter', type_graphql_1.Int);
        case 'ref':
            return (0, exports.IdFilter)();
    }
}
const wheres = (0, registry_1.memo)();
const listRelationFilters = (0, registry_1.memo)();
/** `XWhere` for a resource. Relation filters point at the target's Where through a lazy look-up. */
function whereTypeOf(resourceName) {
    return wheres(resourceName, () => {
        const spec = (0, registry_1.getResource)(resourceName);
        const name = `${spec.name}Where`;
        const C = class {
        };
        Object.defineProperty(C, 'name', { value: name });
        const [idFilter, dateTimeFilter] = [(0, exports.IdFilter)(), (0, exports.DateTimeFilter)()];
        (0, type_graphql_1.Field)(() => idFilter, { nullable: true })(C.prototype, 'id');
        (0, type_graphql_1.Field)(() => dateTimeFilter, { nullable: true })(C.prototype, 'createdAt');
        (0, type_graphql_1.Field)(() => dateTimeFilter, { nullable: true })(C.prototype, 'updatedAt');
        // Types are created now, not inside the thunks: type-graphql collects input types before it
        // resolves any thunk, so a class first created inside one would be unknown to it.
        for (const [key, field] of filterableFields(spec)) {
            const filterType = filterTypeOf(field);
            (0, type_graphql_1.Field)(() => filterType, { nullable: true })(C.prototype, key);
            if (field.kind === 'ref') {
                (0, type_graphql_1.Field)(() => whereTypeOf(field.target), { nullable: true, description: `Filter on ${field.relation}` })(C.prototype, field.relation);
            }
        }
        for (const [key, rel] of Object.entries(spec.toMany ?? {})) {
            const listFilter = listRelationFilterOf(rel.target);
            (0, type_graphql_1.Field)(() => listFilter, { nullable: true })(C.prototype, key);
        }
        (0, type_graphql_1.Field)(() => [C], { nullable: true })(C.prototype, 'AND');
        (0, type_graphql_1.Field)(() => [C], { nullable: true })(C.prototype, 'OR');
        (0, type_graphql_1.Field)(() => C, { nullable: true })(C.prototype, 'NOT');
        (0, type_graphql_1.InputType)(name)(C);
        return C;
    });
}
function listRelationFilterOf(target) {
    return listRelationFilters(target, () => {
        const name = `${target}ListRelationFilter`;
        const C = class {
        };
        Object.defineProperty(C, 'name', { value: name });
        for (const op of ['some', 'every', 'none']) {
            (0, type_graphql_1.Field)(() => whereTypeOf(target), { nullable: true })(C.prototype, op);
        }
        (0, type_graphql_1.InputType)(name)(C);
        return C;
    });
}
function filterableFields(spec) {
    return Object.entries(spec.fields).filter(([, f]) => f.filter);
}
//# sourceMappingURL=filters.js.map