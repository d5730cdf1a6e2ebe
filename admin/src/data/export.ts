import jsonExport from 'jsonexport/dist';
import { useLocaleState, usePermissions, useTranslate, type Exporter } from 'react-admin';
import type { UserAccess } from '../auth/access-store';
import { formatters } from '../ui/formatters';
import { saveFile } from './download';
import { metaOf, representation } from './selection';

type Row = Record<string, unknown>;

/**
 * A list's records as people read them: headers in the app's language, labels for enum values, money in
 * 元, references by name, dates as dates; fields the user may not read are left out.
 */
export function useExportRows(resource: string): (records: Row[]) => Row[] {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { permissions } = usePermissions<UserAccess>();
  const f = formatters(locale);
  return (records: Row[]) => {
    const meta = metaOf(resource);
    const readable = permissions?.resources[resource]?.readable;
    const fields = meta.fields.filter((x) => !readable || readable.has(x.name));
    return records.map((r) =>
      Object.fromEntries(
        fields.map((x) => {
          const header = translate(`resources.${resource}.fields.${x.name}`);
          const v = r[x.name];
          let out: unknown = v ?? '';
          if (v != null && v !== '')
            switch (x.kind) {
              case 'enum':
                out = translate(`enums.${x.enumName}.${v}`, { _: String(v) });
                break;
              case 'enumList':
                out = (v as string[]).map((e) => translate(`enums.${x.enumName}.${e}`, { _: e })).join('、');
                break;
              case 'intList':
                out = (v as number[]).join('、');
                break;
              case 'money':
                out = (Number(v) / 100).toFixed(2);
                break;
              case 'bp':
                out = f.percent(Number(v));
                break;
              case 'boolean':
                out = translate(v ? 'ra.boolean.true' : 'ra.boolean.false');
                break;
              case 'date':
                out = String(v);
                break;
              case 'datetime':
                out = f.datetime(String(v));
                break;
              case 'ref':
                out = representation(x.target!, r[x.relation!] as Record<string, unknown>) || String(v);
                break;
            }
          return [header, out];
        }),
      ),
    );
  };
}

/** Rows as CSV text: the byte-order mark first, so that Excel on Chinese Windows reads it as UTF-8. */
export const csvOf = (rows: Row[]): Promise<string> =>
  new Promise((resolve, reject) =>
    jsonExport(rows, (err: unknown, csv: string) => (err ? reject(err) : resolve(`\ufeff${csv}`))),
  );

/** The selected rows (BulkExportButton) as CSV with its byte-order mark. */
export function useExporter(resource: string): Exporter {
  const translate = useTranslate();
  const toRows = useExportRows(resource);
  return async (records: Row[]) => {
    const csv = await csvOf(toRows(records));
    saveFile(
      new Blob([csv], { type: 'text/csv;charset=utf-8' }),
      `${translate(`resources.${resource}.name`, { smart_count: 2 })}.csv`,
    );
  };
}
