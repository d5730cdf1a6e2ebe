/**
 * The generator's model of one resource, computed from schema/admin-meta.json and the schema: which
 * field represents a record, which columns a list shows, which filters and inputs it gets, and the
 * related lists of its Show page. Pure functions of the two files, so the output is deterministic.
 */
const LIST_KINDS = new Set(['string', 'int', 'money', 'bp', 'boolean', 'date', 'time', 'datetime', 'enum', 'ref']);
const FILTER_KINDS = new Set(['string', 'int', 'boolean', 'date', 'datetime', 'enum', 'enumList', 'intList', 'ref']);
export const MAX_LIST_COLUMNS = 7;

const PRIORITY = { date: 2, datetime: 3, enum: 3, money: 4, int: 5, bp: 6, string: 6, boolean: 7, time: 8 };
/** Lower comes first; stable, so equal fields keep the declaration's order. */
function priority(f) {
  if (f.kind === 'enum' && f.name === 'status') return 0;
  if (f.kind === 'ref') return f.required ? 1 : 5;
  return PRIORITY[f.kind] ?? 9;
}

export const kebab = (s) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/** Fields the reveal mutation can show in clear, from `revealPersonalInfo(beneficiaryId, field: RevealableField)`. */
export function revealInfo(schema) {
  const mutation = schema.getMutationType()?.getFields().revealPersonalInfo;
  if (!mutation) return null;
  const idArg = mutation.args.find((a) => a.name.endsWith('Id'));
  const fieldArg = mutation.args.find((a) => a.name === 'field');
  const resource = idArg.name.replace(/Id$/, '').replace(/^./, (c) => c.toUpperCase());
  return { resource, fields: fieldArg.type.ofType?.getValues?.().map((v) => v.name) ?? [] };
}

export function buildModel(meta, schema) {
  // Internal values (an idempotency key, a request id) are for programs: no screen shows or asks for them.
  const resources = meta.resources.map((r) => ({ ...r, fields: r.fields.filter((f) => f.showAs !== 'internal') }));
  const byName = new Map(resources.map((r) => [r.name, r]));
  const reveal = revealInfo(schema);
  return resources.map((r) => {
    // What names a record is the API's rule (api/src/common/resource-display.ts), in the meta file.
    const display = r.display;
    const displayName = display.kind === 'field' ? display.field : null;
    const masked = (f) => reveal?.resource === r.name && reveal.fields.includes(f.name);
    const listed = r.fields.find((f) => f.name === displayName && f.showAs !== 'detail');
    const room = MAX_LIST_COLUMNS - (listed ? 1 : 0);
    const eligible = r.fields.filter(
      (f) =>
        LIST_KINDS.has(f.kind) &&
        f.name !== displayName &&
        !(f.personal && f.kind !== 'date') &&
        f.name !== 'path' &&
        f.showAs !== 'detail',
    );
    // The most telling columns first (status, owners, dates), shown in the declaration's order.
    const chosen = new Set([...eligible].sort((a, b) => priority(a) - priority(b)).slice(0, room));
    const columns = eligible.filter((f) => chosen.has(f));
    const shown = r.fields.find((f) => f.name === displayName);
    if (shown && displayName !== 'id' && shown.showAs !== 'detail') columns.unshift(shown);
    const relations = r.relations
      .map((rel) => {
        const target = byName.get(rel.target);
        const fk = target?.fields.find((f) => f.kind === 'ref' && f.relation === rel.inverse);
        return target && fk ? { ...rel, fk: fk.name, targetModel: target } : null;
      })
      .filter(Boolean);
    return {
      name: r.name,
      folder: kebab(r.name),
      meta: r,
      display,
      columns,
      filters: r.fields.filter((f) => f.filterable && FILTER_KINDS.has(f.kind) && f.name !== 'path'),
      inputs: (mode) => r.fields.filter((f) => !f.readOnly && (mode === 'create' || !f.createOnly)),
      relations,
      masked,
      canCreate: Boolean(r.operations.create),
      canUpdate: Boolean(r.operations.update),
      canDelete: Boolean(r.operations.delete),
    };
  });
}
