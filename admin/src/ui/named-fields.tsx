import type { MouseEvent } from 'react';
import {
  Link,
  SelectInput,
  useCanAccess,
  useCreatePath,
  useFieldValue,
  useGetMany,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { resourceMeta } from '../generated/meta';
import { Text, type FieldProps } from './fields';

/**
 * Values that are names of other things (resource.ts ShowAs): an organization's place in the tree,
 * the kind and fields of an audited record. People see the names, never the ids or code names.
 */
type P = FieldProps;

/** `/rootId/…/id/` as 云南省总工会 › 昆明市总工会 › …; organizations the user may not read are left out. */
export const OrganizationPathField = ({ source }: P) => {
  const path = useFieldValue({ source }) as string | undefined;
  const ids = (path ?? '').split('/').filter(Boolean);
  const { data, isPending } = useGetMany('Organization', { ids }, { enabled: ids.length > 0 });
  if (!ids.length) return <Text>—</Text>;
  if (isPending) return <Text>…</Text>;
  const names = new Map((data ?? []).map((o) => [o.id, String(o.name ?? '')]));
  return (
    <Text>
      {ids
        .map((id) => names.get(id))
        .filter(Boolean)
        .join(' › ') || '—'}
    </Text>
  );
};

const useResourceLabel = () => {
  const translate = useTranslate();
  return (name: string) => translate(`resources.${name}.name`, { smart_count: 1, _: name });
};

/** A resource's GraphQL name (`ServiceClass`) as its label (班级). */
export const ResourceNameField = ({ source }: P) => {
  const v = useFieldValue({ source }) as string | undefined;
  const label = useResourceLabel();
  return <Text>{v ? label(v) : '—'}</Text>;
};

const SHOWN_FIELDS = 4;

/** `a,b,c` of the record's `entityType` as the fields' labels (名称、开始日期 等 5 项), never breaking a table. */
export const FieldNamesField = ({ source }: P) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const v = (useFieldValue({ source }) as string | undefined) ?? '';
  const names = v.split(',').filter(Boolean);
  if (!names.length) return <Text>—</Text>;
  const type = String(record?.entityType ?? '');
  // A field, or a relation changed as a whole (a roster import changes a class's enrollments).
  const labels = names.map((n) =>
    translate(`resources.${type}.fields.${n}`, { _: translate(`resources.${type}.relations.${n}`, { _: n }) }),
  );
  const shown = labels.slice(0, SHOWN_FIELDS).join('、');
  const rest = labels.length - SHOWN_FIELDS;
  return (
    <Text>
      <span title={labels.join('、')}>
        {rest > 0 ? `${shown} ${translate('linli.values.more', { count: labels.length })}` : shown}
      </span>
    </Text>
  );
};

/** The id of a record of the row's `entityType`, as a link to its page when the user may open it. */
export const RecordLinkField = ({ source }: P) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const type = String(record?.entityType ?? '');
  const id = useFieldValue({ source }) as string | undefined;
  const known = Boolean(resourceMeta[type]);
  const { canAccess } = useCanAccess({ resource: type, action: 'show', enabled: known });
  if (!id || !known || !canAccess) return <Text>—</Text>;
  return (
    <Link to={createPath({ resource: type, id, type: 'show' })} onClick={(e: MouseEvent) => e.stopPropagation()}>
      {translate('linli.values.openRecord')}
    </Link>
  );
};

/** A filter choosing one resource by its label. */
export const ResourceNameInput = ({ source, label }: P) => {
  const name = useResourceLabel();
  const choices = Object.keys(resourceMeta).map((id) => ({ id, name: name(id) }));
  return <SelectInput source={source} label={label} choices={choices} />;
};
