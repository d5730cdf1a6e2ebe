"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SafeInt = exports.DateTime = exports.LocalTime = exports.LocalDate = void 0;
exports.scalarOf = scalarOf;
const graphql_scalars_1 = require("graphql-scalars");
const graphql_1 = require("graphql");
const type_graphql_1 = require("type-graphql");
/**
 * GraphQL scalars by field kind. LocalTime accepts `HH:mm`, `HH:mm:ss` and fractions; we keep
 * PostgreSQL's `HH:MM:SS`. DateTimeISO always answers in UTC ISO form.
 */
exports.LocalDate = new graphql_1.GraphQLScalarType({ ...graphql_scalars_1.LocalDateResolver.toConfig(), name: 'LocalDate' });
exports.LocalTime = new graphql_1.GraphQLScalarType({ ...graphql_scalars_1.LocalTimeResolver.toConfig(), name: 'LocalTime' });
exports.DateTime = new graphql_1.GraphQLScalarType({ ...graphql_scalars_1.DateTimeISOResolver.toConfig(), name: 'DateTime' });
/**
 * Integers up to 2^53 − 1: money totals in fen. GraphQL `Int` is 32-bit and overflows at about
 * 21.47 million 元, which a district's summed budgets pass easily. One instance for the whole schema.
 */
exports.SafeInt = graphql_scalars_1.SafeIntResolver;
function scalarOf(field) {
    switch (field.kind) {
        case 'string':
        case 'text':
            return String;
        case 'int':
        case 'money':
        case 'bp':
            return type_graphql_1.Int;
        case 'boolean':
            return Boolean;
        case 'date':
            return exports.LocalDate;
        case 'time':
            return exports.LocalTime;
        case 'datetime':
            return exports.DateTime;
        case 'enum':
            return field.enum;
        case 'enumList':
            return [field.enum];
        case 'intList':
            return [type_graphql_1.Int];
        case 'ref':
            return type_graphql_1.ID;
    }
}
//# sourceMappingURL=scalars.js.map