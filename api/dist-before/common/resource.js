"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.defineResource = exports.f = void 0;
const make = (kind) => (zh, en, opts = {}) => ({ kind, label: [zh, en], ...opts });
/** Field builders: `f.string('名称', 'Name', { required: true, filter: true, sort: true })`. */
exports.f = {
    string: make('string'),
    text: make('text'),
    int: make('int'),
    money: (zh, en, opts = {}) => make('money')(zh, en, { min: 0, ...opts }),
    bp: (zh, en, opts = {}) => make('bp')(zh, en, { min: 0, max: 10000, ...opts }),
    boolean: make('boolean'),
    date: make('date'),
    time: make('time'),
    datetime: make('datetime'),
    enum: (e, enumName, zh, en, opts = {}) => make('enum')(zh, en, { enum: e, enumName, ...opts }),
    enumList: (e, enumName, zh, en, opts = {}) => make('enumList')(zh, en, { enum: e, enumName, ...opts }),
    intList: make('intList'),
    ref: (target, relation, zh, en, opts = {}) => make('ref')(zh, en, { target, relation, ...opts }),
};
const defineResource = (spec) => spec;
exports.defineResource = defineResource;
//# sourceMappingURL=resource.js.map