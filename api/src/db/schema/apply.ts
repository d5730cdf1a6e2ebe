import type { ClientBase } from 'pg';
import { sha256, type DeclaredKind, type DeclaredObject } from './declared';
import { declaredObjects } from './index';

/**
 * Applies the declared functions, views and triggers: after the migrations, in one transaction, on the
 * session that holds the migration lock (database.ts migrate). Table `declared_object` remembers, per object,
 * the hash of the source applied and the hash of what the catalog then printed for it, so that a start with
 * nothing changed does nothing, a changed declaration is replaced, an object changed in the database by
 * anything else is put back, and a declaration removed from the source is dropped.
 */
export interface ApplyResult {
  applied: string[];
  dropped: string[];
  /** Found in the database exactly as declared but not yet recorded (a database migrated before): recorded, no DDL. */
  adopted?: string[];
  /** Why nothing was applied (a build older than the database), when so. */
  skipped?: string;
}

interface Recorded {
  key: string;
  kind: DeclaredKind;
  source_hash: string;
  deployed_hash: string;
  drop_sql: string;
}

/** What the catalog prints for every function, view and trigger of ours (extensions' own left out). */
const CATALOG = `
select 'function ' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' as key,
       pg_get_functiondef(p.oid) as def
  from pg_proc p join pg_namespace n on n.oid = p.pronamespace
 where n.nspname = 'public' and p.prokind in ('f', 'p')
   and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')
union all
select 'view ' || c.relname, pg_get_viewdef(c.oid)
  from pg_class c join pg_namespace n on n.oid = c.relnamespace
 where n.nspname = 'public' and c.relkind = 'v'
union all
select 'trigger ' || t.tgname || ' on ' || c.relname, pg_get_triggerdef(t.oid)
  from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
 where n.nspname = 'public' and not t.tgisinternal`;

/** What the catalog prints, by key. */
async function deployedDefs(db: ClientBase): Promise<Map<string, string>> {
  const { rows } = await db.query<{ key: string; def: string }>(CATALOG);
  return new Map(rows.map((r) => [r.key, r.def]));
}

export async function deployedHashes(db: ClientBase): Promise<Map<string, string>> {
  return new Map([...(await deployedDefs(db))].map(([k, def]) => [k, sha256(def)]));
}

async function recorded(db: ClientBase): Promise<Map<string, Recorded>> {
  const { rows } = await db.query<Recorded>(
    'select key, kind, source_hash, deployed_hash, drop_sql from declared_object',
  );
  return new Map(rows.map((r) => [r.key, r]));
}

/**
 * The order, in one transaction: removed triggers and views go first (they may use what is removed next);
 * changed functions are replaced; if any view changed or went, every declared view is dropped (in reverse)
 * and created again, since `create or replace view` can only add columns at the end and `select f.*` fixes a
 * dependent view's columns when it is created; changed triggers are re-created; removed functions go last,
 * once nothing declared uses them.
 */
export async function applyDeclaredObjects(
  db: ClientBase,
  objects: DeclaredObject[] = declaredObjects,
): Promise<ApplyResult> {
  const result: ApplyResult = { applied: [], dropped: [] };
  const record = (o: DeclaredObject, printedHash: string) =>
    db.query(
      `insert into declared_object (key, kind, source_hash, deployed_hash, drop_sql) values ($1, $2, $3, $4, $5)
       on conflict (key) do update set kind = excluded.kind, source_hash = excluded.source_hash,
         deployed_hash = excluded.deployed_hash, drop_sql = excluded.drop_sql, applied_at = now()`,
      [o.key, o.kind, o.hash, printedHash, o.drop],
    );
  await db.query('begin');
  try {
    const before = await recorded(db);
    const defs = await deployedDefs(db);
    const deployed = new Map([...defs].map(([k, def]) => [k, sha256(def)]));
    // Not recorded yet but printing exactly what is declared: record it, no DDL (on the first start after
    // this step came, every function and trigger is already as declared; re-creating 69 triggers would lock
    // their tables for nothing).
    const adopt = objects.filter(
      (o) => !before.has(o.key) && o.printed !== undefined && defs.get(o.key)?.trimEnd() === o.printed.trimEnd(),
    );
    for (const o of adopt) {
      await record(o, deployed.get(o.key)!);
      before.set(o.key, {
        key: o.key,
        kind: o.kind,
        source_hash: o.hash,
        deployed_hash: deployed.get(o.key)!,
        drop_sql: o.drop,
      });
    }
    if (adopt.length) result.adopted = adopt.map((o) => o.key);
    const wanted = new Set(objects.map((o) => o.key));
    const gone = [...before.values()].filter((r) => !wanted.has(r.key));
    const drop = async (r: Recorded) => {
      await db.query(r.drop_sql);
      await db.query('delete from declared_object where key = $1', [r.key]);
      result.dropped.push(r.key);
    };
    const stale = (o: DeclaredObject) => {
      const r = before.get(o.key);
      return !r || r.source_hash !== o.hash || deployed.get(o.key) !== r.deployed_hash;
    };
    const views = objects.filter((o) => o.kind === 'view');
    const redoViews = views.some(stale) || gone.some((r) => r.kind === 'view');
    for (const r of gone.filter((g) => g.kind === 'trigger')) await drop(r);
    if (redoViews) for (const v of [...views].reverse()) await db.query(v.drop);
    // A view that went may still have others on it, declared ones (re-created below) or ones that went too.
    for (const r of gone.filter((g) => g.kind === 'view')) await drop({ ...r, drop_sql: `${r.drop_sql} cascade` });
    const changed = objects.filter((o) => (o.kind === 'view' ? redoViews : stale(o)));
    for (const kind of ['function', 'view', 'trigger'] as const)
      for (const o of changed.filter((c) => c.kind === kind)) await db.query(o.sql);
    for (const r of gone.filter((g) => g.kind === 'function')) await drop(r);
    const after = changed.length ? await deployedHashes(db) : deployed;
    for (const o of changed) {
      const printed = after.get(o.key);
      if (!printed) throw new Error(`declared ${o.key} was applied but the catalog has no such object`);
      await record(o, printed);
      result.applied.push(o.key);
    }
    await db.query('commit');
    return result;
  } catch (e) {
    await db.query('rollback');
    throw e;
  }
}

/**
 * What `migration:check` reports: a declaration not applied as it stands, an object changed in the
 * database since it was applied, or a function, view or trigger in the database that no declaration names
 * (a migration created one instead of declaring it).
 */
export async function checkDeclaredObjects(
  db: ClientBase,
  objects: DeclaredObject[] = declaredObjects,
): Promise<string[]> {
  const problems: string[] = [];
  const before = await recorded(db);
  const deployed = await deployedHashes(db);
  const wanted = new Set(objects.map((o) => o.key));
  for (const o of objects) {
    const r = before.get(o.key);
    if (!r) problems.push(`${o.key}: declared but never applied`);
    else if (r.source_hash !== o.hash) problems.push(`${o.key}: its declaration changed since it was applied`);
    else if (deployed.get(o.key) !== r.deployed_hash)
      problems.push(`${o.key}: changed in the database outside its declaration`);
  }
  for (const key of deployed.keys())
    if (!wanted.has(key)) problems.push(`${key}: in the database but not declared in src/db/schema`);
  return problems;
}
