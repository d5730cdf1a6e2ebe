"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkMessage = checkMessage;
/**
 * A violated CHECK constraint, said in Chinese for the field it concerns: the constraint's own
 * expression (from the entity metadata) read as a rule between two fields or a bound
 * (`ends_on >= starts_on` → 不能早于开始日期; `capacity > 0` → 应大于0). Anything else: 不符合规则.
 */
const snake = (s) => s.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase());
const TIMELIKE = new Set(['date', 'time', 'datetime']);
function checkMessage(metadata, spec, constraint) {
    const meta = metadata.find(spec.entity.name);
    const check = meta?.checks.find((c) => c.name === constraint);
    const expression = typeof check?.expression === 'string' ? check.expression.trim() : '';
    const fieldOf = (column) => Object.entries(spec.fields).find(([k]) => snake(k) === column || snake(k.replace(/Id$/, '')) + '_id' === column)?.[1];
    const range = /^(\w+) >= (-?\d+) and \1 <= (-?\d+)$/.exec(expression);
    if (range)
        return `应在${range[2]}～${range[3]}之间`;
    const m = /^(\w+) (>=|>|<>) (\w+)$/.exec(expression);
    if (!m)
        return '不符合规则';
    const [, , op, right] = m;
    if (/^-?\d+$/.test(right)) {
        if (op === '>=')
            return right === '0' ? '不能为负数' : `不能小于${right}`;
        if (op === '>')
            return `应大于${right}`;
        return `不能等于${right}`;
    }
    const other = fieldOf(right);
    if (!other)
        return '不符合规则';
    const label = other.label[0];
    if (op === '<>')
        return `不能与${label}相同`;
    const time = TIMELIKE.has(other.kind);
    if (op === '>=')
        return time ? `不能早于${label}` : `不能小于${label}`;
    return time ? `应晚于${label}` : `应大于${label}`;
}
//# sourceMappingURL=check-messages.js.map