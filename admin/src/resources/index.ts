import type { ResourceScreens } from '../app/screens';
import { serviceClassOverrides } from './service-class';

/**
 * Hand-written screens by resource, each in its own folder (admin/src/resources/<resource>/). A
 * screen listed here replaces the generated one of the same resource (app/registry.ts).
 */
export const overrides: Record<string, Partial<ResourceScreens>> = {
  ServiceClass: serviceClassOverrides,
};
