import type { FieldSpec, ResourceSpec } from './resource';

/**
 * What names a record wherever it is shown (a page title, a reference in a list, a picker, a column of
 * an export), decided once here and emitted to schema/admin-meta.json for the console:
 *
 * 1. its declared `title`: paths through its relations (`['beneficiary.name', 'serviceClass.name']` →
 *    张*明 · 暑期托管班), each resolved to the hops' foreign keys and targets and the kind of the field at
 *    the end (a date is shown as a date);
 * 2. a name-like field;
 * 3. its first required reference (shown by that record's own name), then its first date, then its id.
 */
export interface TitleHop {
  relation: string;
  fk: string;
  target: string;
}
export interface TitlePart {
  hops: TitleHop[];
  resource: string;
  field: string;
  kind: string;
}
export type Display =
  | { kind: 'parts'; parts: TitlePart[] }
  | { kind: 'field'; field: string }
  | { kind: 'ref'; field: string; relation: string; target: string };

const DISPLAY_NAMES = ['name', 'title', 'displayName', 'username', 'topic', 'actorLabel'];

/** Fields a screen may show: internal values (an idempotency key) never name anything. */
const shown = (spec: ResourceSpec): [string, FieldSpec][] =>
  Object.entries(spec.fields).filter(([, f]) => f.showAs !== 'internal');

function titleParts(spec: ResourceSpec, byName: (name: string) => ResourceSpec | undefined): TitlePart[] {
  return (spec.title ?? []).map((path) => {
    const names = path.split('.');
    const hops: TitleHop[] = [];
    let at = spec;
    for (const name of names.slice(0, -1)) {
      const fk = shown(at).find(([, f]) => f.kind === 'ref' && f.relation === name);
      const next = fk && byName(fk[1].target!);
      if (!fk || !next) throw new Error(`${spec.name}: title ${path}: ${at.name} has no relation ${name}`);
      hops.push({ relation: name, fk: fk[0], target: next.name });
      at = next;
    }
    const leaf = shown(at).find(([n]) => n === names.at(-1));
    if (!leaf || leaf[1].kind === 'ref') throw new Error(`${spec.name}: title ${path}: no field ${names.at(-1)}`);
    return { hops, resource: at.name, field: leaf[0], kind: leaf[1].kind };
  });
}

export function displayOf(spec: ResourceSpec, byName: (name: string) => ResourceSpec | undefined): Display {
  if (spec.title?.length) return { kind: 'parts', parts: titleParts(spec, byName) };
  const fields = shown(spec);
  const named = DISPLAY_NAMES.map((n) => fields.find(([name, f]) => name === n && f.kind === 'string')).find(Boolean);
  if (named) return { kind: 'field', field: named[0] };
  const ref = fields.find(([, f]) => f.kind === 'ref' && f.required);
  if (ref) return { kind: 'ref', field: ref[0], relation: ref[1].relation!, target: ref[1].target! };
  const date = fields.find(([, f]) => f.kind === 'date' || f.kind === 'datetime');
  return { kind: 'field', field: date ? date[0] : 'id' };
}
