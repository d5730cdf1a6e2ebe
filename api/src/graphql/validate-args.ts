import { validate } from 'class-validator';
import { badInput, type FieldErrors } from '../common/errors';
import { toFieldErrors } from './format-error';

/**
 * Validates every argument that is an input object (class-validator rules put on the generated input
 * classes). Items of a list argument are validated one by one and their errors keyed `index.field`,
 * so a bulk create names the failing row.
 */
export async function validateArgs(value: unknown): Promise<void> {
  if (value === null || typeof value !== 'object') return;
  const items = Array.isArray(value) ? value : [value];
  const errors: FieldErrors = {};
  for (const [i, item] of items.entries()) {
    if (item === null || typeof item !== 'object' || item.constructor === Object) continue;
    const found = await validate(item, { forbidUnknownValues: false });
    Object.assign(errors, toFieldErrors(found, Array.isArray(value) ? `${i}.` : ''));
  }
  if (Object.keys(errors).length) throw badInput(errors);
}
