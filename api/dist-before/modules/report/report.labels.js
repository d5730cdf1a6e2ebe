"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.labelKeys = labelKeys;
const enums_1 = require("../../common/enums");
const report_scope_1 = require("./report.scope");
const GENDER = { MALE: '男', FEMALE: '女' };
/** Chinese labels of group keys; names not already known are looked up in one statement. */
async function labelKeys(em, scope, keys, known = new Map()) {
    const names = new Map(known);
    const orgIds = (keys.get('ORGANIZATION') ?? []).filter((k) => k !== 'SELF' && !names.has(k));
    const groupIds = (keys.get('SOCIAL_GROUP') ?? []).filter((k) => k !== 'NONE');
    if (orgIds.length || groupIds.length) {
        const rows = await em.execute(`select id::text, name from organization where id = any(?::uuid[])
       union all select id::text, name from social_group where id = any(?::uuid[])`, [(0, report_scope_1.pgArray)(orgIds), (0, report_scope_1.pgArray)(groupIds)]);
        for (const r of rows)
            names.set(r.id, r.name);
    }
    const enumLabel = (name, key) => enums_1.enumLabels.get(name)?.[key]?.[0] ?? key;
    return (g, key) => {
        switch (g) {
            case 'MONTH':
                return `${key.slice(0, 4)}年${Number(key.slice(5, 7))}月`;
            case 'QUARTER':
                return `${key.slice(0, 4)}年第${key.slice(-1)}季度`;
            case 'ORGANIZATION':
                return key === 'SELF' ? `${scope.name}（本级）` : (names.get(key) ?? key);
            case 'SOCIAL_GROUP':
                return key === 'NONE' ? '无承办组织' : (names.get(key) ?? key);
            case 'CATEGORY':
                return enumLabel('ProjectCategory', key);
            case 'BENEFICIARY_CATEGORY':
                return key === 'NONE' ? '未分类' : enumLabel('BeneficiaryCategory', key);
            case 'AGE_BAND':
                return enumLabel('AgeBand', key);
            case 'GENDER':
                return GENDER[key] ?? key;
        }
    };
}
//# sourceMappingURL=report.labels.js.map