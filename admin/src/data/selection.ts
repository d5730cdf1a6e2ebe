import type { UserAccess } from '../auth/access-store';
import { resourceMeta } from '../generated/meta';
import { formatters, type Formatters } from '../ui/formatters';
import type { ResourceMeta, TitlePart } from './meta-types';

/**
 * The fields a query selects for a resource, for the current user: every field they may read, and
 * for each reference the related record's id and display field, so that a list page shows its
 * sponsors, venues and classes without a request per reference (the API batches them with
 * DataLoaders). Fields the user may not read (analysts: personal data) are never asked for.
 */
export const BASE_FIELDS = ['id', 'version', 'createdAt', 'updatedAt'];

export function metaOf(resource: string): ResourceMeta {
  const m = resourceMeta[resource];
  if (!m) throw new Error(`Unknown resource ${resource}`);
  return m;
}

export function canRead(access: UserAccess | null, resource: string, field: string): boolean {
  const r = access?.resources[resource];
  if (r) return r.readable.has(field);
  return !metaOf(resource).fields.find((f) => f.name === field)?.personal;
}

/** The selection showing a related record: `id name`, or `id serviceClass { id name }` for a record shown by its reference. */
export function displaySelection(access: UserAccess | null, resource: string, depth = 0): string {
  const m = metaOf(resource);
  const d = m.display;
  if (d.kind === 'field') return d.field !== 'id' && canRead(access, resource, d.field) ? `id ${d.field}` : 'id';
  if (d.kind === 'parts') return `id ${titleSelection(access, resource, d.parts)}`;
  if (depth > 0) return 'id';
  return `id ${d.relation} { ${displaySelection(access, d.target, depth + 1)} }`;
}

/** `beneficiary { id name } serviceClass { id name }` for the readable parts of a declared title. */
function titleSelection(access: UserAccess | null, resource: string, parts: TitlePart[]): string {
  type Tree = Map<string, Tree | null>;
  const root: Tree = new Map();
  for (const p of parts) {
    let at = root;
    let from = resource;
    const readable =
      p.hops.every((h) => {
        const ok = canRead(access, from, h.fk);
        from = h.target;
        return ok;
      }) && canRead(access, p.resource, p.field);
    if (!readable) continue;
    for (const h of p.hops) {
      if (!at.get(h.relation)) at.set(h.relation, new Map([['id', null]]));
      at = at.get(h.relation)!;
    }
    at.set(p.field, null);
  }
  const render = (t: Tree): string => [...t].map(([k, sub]) => (sub ? `${k} { ${render(sub)} }` : k)).join(' ');
  return render(root);
}

export function selectionOf(access: UserAccess | null, resource: string): string {
  const m = metaOf(resource);
  const parts = [...BASE_FIELDS];
  for (const f of m.fields) {
    if (!canRead(access, resource, f.name)) continue;
    parts.push(f.name);
    if (f.kind === 'ref' && f.relation && f.target)
      parts.push(`${f.relation} { ${displaySelection(access, f.target)} }`);
  }
  return parts.join(' ');
}

const chinese = formatters('zh');

/** A title's parts that the record brought along, formatted by kind and joined: `张*明 · 暑期托管班`. */
function titleText(record: Record<string, unknown>, parts: TitlePart[], fmt: Formatters): string {
  const texts = parts.map((p) => {
    let at: unknown = record;
    for (const h of p.hops) at = (at as Record<string, unknown> | null | undefined)?.[h.relation];
    const v = (at as Record<string, unknown> | null | undefined)?.[p.field];
    if (v == null || v === '') return '';
    if (p.kind === 'date') return fmt.date(String(v));
    if (p.kind === 'datetime') return fmt.datetime(String(v));
    return String(v);
  });
  return texts.filter(Boolean).join(' · ');
}

/** A record's name on screen (titles, references, autocomplete options). */
export function representation(
  resource: string,
  record: Record<string, unknown> | null | undefined,
  depth = 0,
  fmt: Formatters = chinese,
): string {
  if (!record) return '';
  const d = metaOf(resource).display;
  if (d.kind === 'parts') return titleText(record, d.parts, fmt);
  // A display field the user may not read (a person's name, for analysts) shows nothing, not an id.
  if (d.kind === 'field') return String(record[d.field] ?? '');
  const related = record[d.relation] as Record<string, unknown> | null | undefined;
  return depth > 1 || !related ? String(record.id ?? '') : representation(d.target, related, depth + 1, fmt);
}
