/**
 * Indexes the read path relies on that MikroORM's decorators cannot describe (a collation, an operator class,
 * a partial condition, a descending key): declared on the entities through `@Index({ name, expression })`, so
 * the schema check knows them, and created by migration read_indexes. docs/read-path.md says what each serves.
 */
type IndexDef = { name: string; expression: string };

/** Names in pinyin order, then id: the order crud/order.ts renders for a `string` field, on live rows. */
export const pinyinNameIndex = (table: string): IndexDef => ({
  name: `${table}_name_pinyin_live`,
  expression: `create index "${table}_name_pinyin_live" on "${table}" ("name" collate "zh-x-icu", "id") where "deleted_at" is null`,
});

/** `name ilike '%…%'` (search, contains) through trigrams; pg_trgm indexes CJK text in a UTF-8 database. */
export const trigramNameIndex = (table: string): IndexDef => ({
  name: `${table}_name_trgm`,
  expression: `create index "${table}_name_trgm" on "${table}" using gin ("name" gin_trgm_ops)`,
});

/** A default list order (`columns` as SQL, e.g. `"starts_on" desc, "id"`) on live rows. */
export const liveOrderIndex = (table: string, name: string, columns: string): IndexDef => ({
  name,
  expression: `create index "${name}" on "${table}" (${columns}) where "deleted_at" is null`,
});
