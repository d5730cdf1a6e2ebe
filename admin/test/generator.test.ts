import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The generator (admin/scripts/generate-resources.mjs): its output is what is committed (deterministic),
 * and a field the API declares appears in the list, the filters, the Show page, the form and the labels.
 */
const root = path.resolve(__dirname, '..', '..');
const script = path.join(root, 'admin', 'scripts', 'generate-resources.mjs');
const generate = (schemaDir: string, out: string) =>
  execFileSync(process.execPath, [script, '--schema-dir', schemaDir, '--out', out], { cwd: root });
const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'linli-gen-'));

function listFiles(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(p, base) : [path.relative(base, p)];
  });
}

describe('console generator', () => {
  it('writes exactly the committed admin/src/generated from schema/', () => {
    const out = tmp();
    generate(path.join(root, 'schema'), out);
    const committed = path.join(root, 'admin', 'src', 'generated');
    const files = listFiles(out).sort();
    expect(files).toEqual(listFiles(committed).sort());
    for (const f of files) expect([f, read(out, f) === read(committed, f)]).toEqual([f, true]);
  });

  it('puts a new API field into the list, filters, Show, form and labels', () => {
    const schemaDir = tmp();
    fs.copyFileSync(path.join(root, 'schema', 'schema.graphql'), path.join(schemaDir, 'schema.graphql'));
    const meta = JSON.parse(read(path.join(root, 'schema'), 'admin-meta.json'));
    const project = meta.resources.find((r: { name: string }) => r.name === 'ServiceProject');
    project.fields.splice(1, 0, {
      name: 'signedOn',
      label: { zh: '签约日期', en: 'Signed on' },
      kind: 'date',
      required: true,
      readOnly: false,
      createOnly: false,
      filterable: true,
      sortable: true,
      personal: false,
      target: null,
      relation: null,
      enumName: null,
      enumValues: null,
      min: null,
      max: null,
      maxLength: null,
      format: null,
      description: null,
    });
    fs.writeFileSync(path.join(schemaDir, 'admin-meta.json'), JSON.stringify(meta));
    const out = tmp();
    generate(schemaDir, out);
    const dir = 'service-project';
    expect(read(out, `${dir}/columns.tsx`)).toMatch(
      /<DataTable\.Col key="signedOn" source="signedOn">\s*<LocalDateField source="signedOn" \/>/,
    );
    // The list and a parent's related list take the same columns (a sponsor's projects, without the sponsor).
    expect(read(out, `${dir}/list.tsx`)).toContain('{serviceProjectColumns(access)}');
    expect(read(out, 'organization/show.tsx')).toContain("serviceProjectColumns(a, 'sponsorId')");
    expect(read(out, `${dir}/filters.tsx`)).toContain('source="signedOn_gte"');
    expect(read(out, `${dir}/show.tsx`)).toContain('<LocalDateField source="signedOn" />');
    expect(read(out, `${dir}/inputs.tsx`)).toContain('<LocalDateInput source="signedOn" validate={[required()]} />');
    expect(read(out, 'messages.ts')).toContain("signedOn: '签约日期'");
    expect(read(out, 'meta.ts')).toMatch(/name: 'signedOn',\s*kind: 'date'/);
  });
});
