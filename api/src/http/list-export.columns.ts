import { resourceNamed } from '../common/crud/registry';
import { enumLabels } from '../common/enums';
import type { LedgerColumnType } from '../common/export';
import type { FieldSpec, ResourceSpec } from '../common/resource';
import { displayOf, type TitlePart } from '../common/resource-display';
import { canReadField } from '../common/scope/access';
import type { Principal } from '../common/principal';

/**
 * What a list export selects and how it writes each value, from the resource's declaration and the
 * caller: every field the caller may read (as the list shows them: masked where masked), references by
 * the related record's name (common/resource-display.ts), enums by their labels, money in 元, moments in
 * China time. Internal values, organization paths and record links are left out: they are for programs.
 */
export type Lang = 'zh' | 'en';
type Obj = Record<string, unknown> | null | undefined;
export type Cell = string | number | null;

export interface ExportColumn {
  header: string;
  type: LedgerColumnType;
  value: (row: Obj) => Cell;
}

const LEFT_OUT = new Set(['internal', 'orgPath', 'recordLink']);

const readable = (principal: Principal | null, spec: ResourceSpec, field: string): boolean =>
  field === 'id' || (spec.fields[field] !== undefined && canReadField({ principal }, spec.fields[field]));

/** `id name`, or the readable parts of a declared title, or the required reference's own name. */
function displaySelection(principal: Principal | null, spec: ResourceSpec, depth = 0): string {
  const d = displayOf(spec, resourceNamed);
  if (d.kind === 'field') return d.field !== 'id' && readable(principal, spec, d.field) ? `id ${d.field}` : 'id';
  if (d.kind === 'ref') {
    const target = resourceNamed(d.target)!;
    return depth > 0 ? 'id' : `id ${d.relation} { ${displaySelection(principal, target, depth + 1)} }`;
  }
  type Tree = Map<string, Tree | null>;
  const root: Tree = new Map([['id', null]]);
  for (const p of d.parts) {
    let from = spec;
    const ok =
      p.hops.every((h) => {
        const can = readable(principal, from, h.fk);
        from = resourceNamed(h.target)!;
        return can;
      }) && readable(principal, from, p.field);
    if (!ok) continue;
    let at = root;
    for (const h of p.hops) {
      if (!at.get(h.relation)) at.set(h.relation, new Map([['id', null]]));
      at = at.get(h.relation)!;
    }
    at.set(p.field, null);
  }
  const render = (t: Tree): string => [...t].map(([k, sub]) => (sub ? `${k} { ${render(sub)} }` : k)).join(' ');
  return render(root);
}

/** A record's name from what displaySelection brought: `张*明 · 暑期托管班`. */
export function nameOf(spec: ResourceSpec, record: Obj, depth = 0): string {
  if (!record) return '';
  const d = displayOf(spec, resourceNamed);
  if (d.kind === 'field') return d.field === 'id' ? String(record.id ?? '') : String(record[d.field] ?? '');
  if (d.kind === 'ref') {
    const related = record[d.relation] as Obj;
    return depth > 0 || !related ? '' : nameOf(resourceNamed(d.target)!, related, depth + 1);
  }
  return d.parts
    .map((p: TitlePart) => {
      let at: unknown = record;
      for (const h of p.hops) at = (at as Obj)?.[h.relation];
      const v = (at as Obj)?.[p.field];
      if (v == null || v === '') return '';
      return p.kind === 'date' ? slashDate(String(v)) : p.kind === 'datetime' ? chinaMoment(String(v)) : String(v);
    })
    .filter(Boolean)
    .join(' · ');
}

const slashDate = (d: string): string => d.slice(0, 10).replace(/-/g, '/');
/** An instant in China time, 2025/07/13 08:30. */
export const chinaMoment = (iso: string): string =>
  slashDate(new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString()) +
  ' ' +
  new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(11, 16);

const enumText = (f: FieldSpec, v: string, lang: Lang): string => {
  const l = enumLabels.get(f.enumName ?? '')?.[v];
  return l ? l[lang === 'zh' ? 0 : 1] : v;
};

const ageText = (months: number, lang: Lang): string => {
  const [y, m] = [Math.floor(months / 12), months % 12];
  if (lang === 'en') return m ? `${y} y ${m} m` : `${y} y`;
  return m ? (y ? `${y}岁${m}个月` : `${m}个月`) : `${y}岁`;
};

const TYPES: Partial<Record<FieldSpec['kind'], LedgerColumnType>> = {
  int: 'int',
  money: 'money',
  bp: 'percent',
  date: 'date',
};

function column(name: string, f: FieldSpec, spec: ResourceSpec, lang: Lang): ExportColumn {
  const label = f.label[lang === 'zh' ? 0 : 1];
  const header = f.kind === 'money' ? `${label}${lang === 'zh' ? '（元）' : ' (yuan)'}` : label;
  const raw = (row: Obj) => row?.[name];
  const text = (fn: (v: never) => string): ExportColumn => ({
    header,
    type: 'text',
    value: (row) => (raw(row) == null || raw(row) === '' ? null : fn(raw(row) as never)),
  });
  if (f.showAs === 'ageMonths') return text((v: number) => ageText(v, lang));
  if (f.showAs === 'resourceName') return text((v: string) => resourceNamed(v)?.label[lang === 'zh' ? 0 : 1] ?? v);
  if (f.showAs === 'fieldNames') {
    // The changed fields of a record of the type named beside them (the audit log), by their labels.
    const typeField = Object.entries(spec.fields).find(([, x]) => x.showAs === 'resourceName')?.[0];
    return {
      header,
      type: 'text',
      value: (row) => {
        const names = String(raw(row) ?? '');
        if (!names) return null;
        const of = resourceNamed(String(row?.[typeField ?? ''] ?? ''));
        return names
          .split(',')
          .map((n) => of?.fields[n.trim()]?.label[lang === 'zh' ? 0 : 1] ?? n.trim())
          .join(lang === 'zh' ? '、' : ', ');
      },
    };
  }
  switch (f.kind) {
    case 'ref': {
      const target = resourceNamed(f.target!)!;
      return { header, type: 'text', value: (row) => nameOf(target, row?.[f.relation!] as Obj) || null };
    }
    case 'enum':
      return text((v: string) => enumText(f, v, lang));
    case 'enumList':
      return text((v: string[]) => v.map((x) => enumText(f, x, lang)).join(lang === 'zh' ? '、' : ', '));
    case 'intList':
      return text((v: number[]) => v.join(lang === 'zh' ? '、' : ', '));
    case 'boolean':
      return text((v: boolean) => (lang === 'zh' ? (v ? '是' : '否') : v ? 'Yes' : 'No'));
    case 'time':
      return text((v: string) => v.slice(0, 5));
    case 'datetime':
      return text((v: string) => chinaMoment(v));
    default:
      return { header, type: TYPES[f.kind] ?? 'text', value: (row) => (raw(row) ?? null) as Cell };
  }
}

/** The selection of one exported row and its columns, for this caller. */
export function exportColumns(
  principal: Principal | null,
  spec: ResourceSpec,
  lang: Lang,
): { selection: string; columns: ExportColumn[] } {
  const parts = ['id'];
  const columns: ExportColumn[] = [];
  for (const [name, f] of Object.entries(spec.fields)) {
    if ((f.showAs && LEFT_OUT.has(f.showAs)) || !readable(principal, spec, name)) continue;
    if (f.kind === 'ref') {
      if (!f.relation || !f.target || !resourceNamed(f.target)) continue;
      parts.push(`${f.relation} { ${displaySelection(principal, resourceNamed(f.target)!)} }`);
    } else parts.push(name);
    columns.push(column(name, f, spec, lang));
  }
  return { selection: parts.join(' '), columns };
}
