/**
 * JSX for one field, as a read-only value (lists, Show) and as a form input, chosen by the field's
 * kind in `_adminMeta`. The components come from admin/src/ui; each snippet names what it imports.
 */
const q = (s) => JSON.stringify(s);

/** A display component for a field: [jsx, imports from ui]. */
export function fieldJsx(model, f) {
  const src = `source=${q(f.name)}`;
  switch (f.kind) {
    case 'money':
      return [`<MoneyField ${src} />`, ['MoneyField']];
    case 'bp':
      return [`<BasisPointsField ${src} />`, ['BasisPointsField']];
    case 'int':
      if (f.showAs === 'ageMonths') return [`<AgeField ${src} />`, ['AgeField']];
      return [`<NumberField ${src} emptyText="—" />`, [], ['NumberField']];
    case 'boolean':
      return [`<BooleanField ${src} emptyText="—" />`, [], ['BooleanField']];
    case 'date':
      return [`<LocalDateField ${src} />`, ['LocalDateField']];
    case 'datetime':
      return [`<DateTimeField ${src} />`, ['DateTimeField']];
    case 'time':
      return [`<TimeField ${src} />`, ['TimeField']];
    case 'enum':
      return [`<EnumField ${src} enumName=${q(f.enumName)} />`, ['EnumField']];
    case 'enumList':
      return [`<EnumListField ${src} enumName=${q(f.enumName)} />`, ['EnumListField']];
    case 'intList':
      return [`<IntListField ${src}${isWeekdays(f) ? ' weekdays' : ''} />`, ['IntListField']];
    case 'ref': {
      return [`<RelationField ${src} relation=${q(f.relation)} reference=${q(f.target)} />`, ['RelationField']];
    }
    case 'text':
      return [
        `<TextField ${src} className="linli-wide" sx={{ whiteSpace: 'pre-wrap' }} emptyText="—" />`,
        [],
        ['TextField'],
      ];
    default:
      if (f.showAs && f.showAs !== 'detail') return showAsJsx(f);
      // A string with labelled values (an audit event's action) is shown like an enum.
      if (f.enumName) return [`<EnumField ${src} enumName=${q(f.enumName)} />`, ['EnumField']];
      if (f.personal && model.masked(f))
        return [`<PersonalField ${src} resource=${q(model.name)} />`, ['PersonalField']];
      return [`<TextField ${src} emptyText="—" />`, [], ['TextField']];
  }
}

/** A value whose kind does not say how to show it (resource.ts ShowAs). */
function showAsJsx(f) {
  const src = `source=${q(f.name)}`;
  switch (f.showAs) {
    case 'orgPath':
      return [`<OrganizationPathField ${src} />`, ['OrganizationPathField']];
    case 'resourceName':
      return [`<ResourceNameField ${src} />`, ['ResourceNameField']];
    case 'fieldNames':
      return [`<FieldNamesField ${src} />`, ['FieldNamesField']];
    case 'recordLink':
      return [`<RecordLinkField ${src} />`, ['RecordLinkField']];
    default:
      throw new Error(`${f.name}: unknown showAs ${f.showAs}`);
  }
}

export const isWeekdays = (f) => f.name === 'weekdays' || /weekday/i.test(f.description ?? '');

function validators(f, mode) {
  const v = [];
  if (f.required && (mode === 'create' || f.kind !== 'ref')) v.push('required()');
  if (f.maxLength) v.push(`maxLength(${f.maxLength})`);
  if (f.kind === 'int' && f.min != null) v.push(`minValue(${f.min})`);
  if (f.kind === 'int' && f.max != null) v.push(`maxValue(${f.max})`);
  return v.length ? ` validate={[${v.join(', ')}]}` : '';
}

/** A form input for a field: [jsx, imports from ui, imports from react-admin]. */
export function inputJsx(model, f, models, mode) {
  const src = `source=${q(f.name)}`;
  const val = validators(f, mode);
  const ra = val ? [...new Set(val.match(/\w+(?=\()/g))] : [];
  switch (f.kind) {
    case 'money':
      return [`<MoneyInput ${src}${val} />`, ['MoneyInput'], ra];
    case 'bp':
      return [`<BasisPointsInput ${src}${val} />`, ['BasisPointsInput'], ra];
    case 'int':
      if (f.showAs === 'ageMonths') return [`<AgeInput ${src}${val} />`, ['AgeInput'], ra];
      return [`<NumberInput ${src} step={1}${val} />`, [], [...ra, 'NumberInput']];
    case 'boolean':
      return [`<BooleanInput ${src} />`, [], ['BooleanInput']];
    case 'date':
      return [`<LocalDateInput ${src}${val} />`, ['LocalDateInput'], ra];
    case 'datetime':
      return [`<LocalDateTimeInput ${src}${val} />`, ['LocalDateTimeInput'], ra];
    case 'time':
      return [`<TimeInput ${src}${val} />`, ['TimeInput'], ra];
    case 'enum':
      return [`<EnumInput ${src} enumName=${q(f.enumName)}${val} />`, ['EnumInput'], ra];
    case 'enumList':
      return [`<EnumListInput ${src} enumName=${q(f.enumName)}${val} />`, ['EnumListInput'], ra];
    case 'intList':
      return [`<IntListInput ${src}${isWeekdays(f) ? ' weekdays' : ''}${val} />`, ['IntListInput'], ra];
    case 'ref': {
      return [`<RelationInput ${src} reference=${q(f.target)}${val} />`, ['RelationInput'], ra];
    }
    case 'text':
      return [`<TextInput ${src} multiline minRows={3} fullWidth${val} />`, [], [...ra, 'TextInput']];
    default:
      return [`<TextInput ${src}${val} />`, [], [...ra, 'TextInput']];
  }
}

const fieldLabel = (resource, f) => `resources.${resource}.fields.${f.name}`;

/** A filter input (list filters): equality for most kinds, `contains` for text, a range for dates. */
export function filterJsx(f, models, resource) {
  const src = (s) => `source=${q(s)}`;
  switch (f.kind) {
    case 'string':
      if (f.enumName)
        return [
          [`<EnumInput ${src(`${f.name}_equals`)} enumName=${q(f.enumName)} label=${q(fieldLabel(resource, f))} />`],
          ['EnumInput'],
          [],
        ];
      if (f.showAs === 'resourceName')
        return [
          [`<ResourceNameInput ${src(`${f.name}_equals`)} label=${q(fieldLabel(resource, f))} />`],
          ['ResourceNameInput'],
          [],
        ];
      if (f.showAs && f.showAs !== 'detail') return [[], [], []];
      return [[`<TextInput ${src(f.name)} />`], [], ['TextInput']];
    case 'int':
      if (f.showAs === 'ageMonths') return [[`<AgeInput ${src(f.name)} />`], ['AgeInput'], []];
      return [[`<NumberInput ${src(f.name)} />`], [], ['NumberInput']];
    case 'boolean':
      return [[`<NullableBooleanInput ${src(f.name)} />`], [], ['NullableBooleanInput']];
    case 'date':
    case 'datetime':
      return [
        ['gte', 'lte'].map(
          (b) => `<LocalDateInput ${src(`${f.name}_${b}`)} label={<RangeLabel source=${q(f.name)} bound="${b}" />} />`,
        ),
        ['LocalDateInput', 'RangeLabel'],
        [],
      ];
    case 'enum':
      return [[`<EnumInput ${src(f.name)} enumName=${q(f.enumName)} />`], ['EnumInput'], []];
    case 'enumList':
      return [[`<EnumListInput ${src(f.name)} enumName=${q(f.enumName)} />`], ['EnumListInput'], []];
    case 'intList':
      return [[`<IntListInput ${src(f.name)}${isWeekdays(f) ? ' weekdays' : ''} />`], ['IntListInput'], []];
    case 'ref': {
      return [[`<RelationInput ${src(f.name)} reference=${q(f.target)} />`], ['RelationInput'], []];
    }
    default:
      return [[], [], []];
  }
}
