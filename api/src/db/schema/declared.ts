import { createHash } from 'node:crypto';

/**
 * Functions, views and triggers are declared in source (the files beside this one) and applied after the
 * migrations by one idempotent step (apply.ts); migrations hold tables, columns, indexes and data only.
 * Changing a function means editing its declaration: the next start (or `npm run migrate`) replaces it.
 */
export type DeclaredKind = 'function' | 'view' | 'trigger';

export interface DeclaredObject {
  kind: DeclaredKind;
  /** How the catalog names it: `function name(identity args)`, `view name`, `trigger name on table`. */
  key: string;
  /** The statement that creates it, replacing an earlier version (`create or replace`, or drop + create). */
  sql: string;
  /** The statement that removes it once it leaves the source. */
  drop: string;
  /** Hash of `sql`: what the source says. */
  hash: string;
  /**
   * What the catalog prints for it once applied, when the declaration is written that way (functions and
   * triggers are declared as pg_get_functiondef / pg_get_triggerdef print them): an object found already
   * printing this is adopted without DDL.
   */
  printed?: string;
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

const declared = (kind: DeclaredKind, key: string, sql: string, drop: string, printed?: string): DeclaredObject => ({
  kind,
  key,
  sql,
  drop,
  hash: sha256(sql),
  printed,
});

function mustMatch(sql: string, pattern: RegExp, what: string): RegExpMatchArray {
  const m = sql.match(pattern);
  if (!m) throw new Error(`declared ${what} not understood: ${sql.trim().slice(0, 80)}`);
  return m;
}

/** `CREATE OR REPLACE FUNCTION public.name(args)` as pg_get_functiondef prints it. */
export const declareFunctions = (sqls: string[]): DeclaredObject[] =>
  sqls.map((sql) => {
    const [, name, args] = mustMatch(sql, /^\s*create or replace function public\.(\w+)\(([^)]*)\)/i, 'function');
    return declared(
      'function',
      `function ${name}(${args})`,
      sql,
      `drop function if exists public.${name}(${args})`,
      sql,
    );
  });

export const declareViews = (sqls: string[]): DeclaredObject[] =>
  sqls.map((sql) => {
    const [, name] = mustMatch(sql, /^\s*create or replace view (\w+) as/i, 'view');
    return declared('view', `view ${name}`, sql, `drop view if exists public.${name}`);
  });

/** `CREATE TRIGGER name … ON public.table …` as pg_get_triggerdef prints it. */
export const declareTriggers = (sqls: string[]): DeclaredObject[] =>
  sqls.map((sql) => {
    const [, name, table] = mustMatch(sql, /^\s*create trigger (\w+) .*? on public\.(\w+) /is, 'trigger');
    const drop = `drop trigger if exists ${name} on public.${table}`;
    return declared('trigger', `trigger ${name} on ${table}`, `${drop};\n${sql}`, drop, sql);
  });
