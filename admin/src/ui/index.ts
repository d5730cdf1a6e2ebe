/** Building blocks of the generated screens (admin/scripts/gen/snippets.mjs picks them by field kind). */
export * from './actions';
export * from './ListActions';
export * from './fields';
export * from './named-fields';
export * from './FormGrid';
export * from './inputs';
export * from './PersonalField';
export * from './workflow';
export * from './dates';
export * from './format';
export * from './RecordPicker';
export * from './responsive';
export * from './ResponsiveTable';
export * from './age';
export * from './age-text';
