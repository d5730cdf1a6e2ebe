#!/usr/bin/env node
/**
 * Writes the console's generated screens from schema/schema.graphql and schema/admin-meta.json
 * (both emitted by `npm run codegen` before this runs): for every resource a folder
 * admin/src/generated/<resource>/ with List, filters, Show, Create, Edit and the Inputs they share,
 * plus the run-time metadata, the labels (zh-CN, en) and a pruned static introspection for
 * ra-data-graphql. Output is prettier-formatted and depends only on the two files (CI regenerates it
 * and fails on any difference). Never edit the output: hand-written screens go in admin/src/resources/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema } from 'graphql';
import prettier from 'prettier';
import { buildModel } from './gen/model.mjs';
import { emitColumns, emitList, emitFilters } from './gen/list.mjs';
import { emitShow } from './gen/show.mjs';
import { emitCreate, emitEdit, emitIndex as emitResourceIndex, emitInputs } from './gen/form.mjs';
import { emitIndex, emitMessages, emitMeta, prunedIntrospection } from './gen/meta-files.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// `--schema-dir DIR --out DIR` (tests) read and write elsewhere; by default schema/ → admin/src/generated.
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? path.resolve(process.argv[i + 1]) : fallback;
};
const schemaDir = arg('--schema-dir', path.join(root, 'schema'));
const out = arg('--out', path.join(root, 'admin', 'src', 'generated'));
const schema = buildSchema(fs.readFileSync(path.join(schemaDir, 'schema.graphql'), 'utf8'));
const meta = JSON.parse(fs.readFileSync(path.join(schemaDir, 'admin-meta.json'), 'utf8'));
const models = buildModel(meta, schema);

const files = new Map();
for (const m of models) {
  const dir = m.folder;
  files.set(`${dir}/columns.tsx`, emitColumns(m));
  files.set(`${dir}/list.tsx`, emitList(m));
  files.set(`${dir}/filters.tsx`, emitFilters(m, models));
  files.set(`${dir}/show.tsx`, emitShow(m, models));
  if (m.canCreate || m.canUpdate) files.set(`${dir}/inputs.tsx`, emitInputs(m, models));
  if (m.canCreate) files.set(`${dir}/create.tsx`, emitCreate(m));
  if (m.canUpdate) files.set(`${dir}/edit.tsx`, emitEdit(m));
  files.set(`${dir}/index.ts`, emitResourceIndex(m));
}
files.set('meta.ts', emitMeta(models, schema));
files.set('messages.ts', emitMessages(models));
files.set('index.ts', emitIndex(models));
files.set('introspection.json', JSON.stringify(prunedIntrospection(schema, models)));

const config = (await prettier.resolveConfig(path.join(root, 'package.json'))) ?? {};
fs.rmSync(out, { recursive: true, force: true });
for (const [rel, text] of [...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const file = path.join(out, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const formatted = rel.endsWith('.json') ? text + '\n' : await prettier.format(text, { ...config, filepath: file });
  fs.writeFileSync(file, formatted);
}
process.stdout.write(`wrote ${files.size} files to ${path.relative(process.cwd(), out)}\n`);
