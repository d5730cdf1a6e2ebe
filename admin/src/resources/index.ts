import type { ResourceScreens } from '../app/screens';
import { applicationRoundOverrides } from './application-round';
import { classSessionOverrides } from './class-session';
import { needRequestOverrides } from './need-request';
import { serviceClassOverrides } from './service-class';
import { serviceProjectOverrides } from './service-project';

/**
 * Hand-written screens by resource, each in its own folder (admin/src/resources/<resource>/). A
 * screen listed here replaces the generated one of the same resource (app/registry.ts).
 */
export const overrides: Record<string, Partial<ResourceScreens>> = {
  ServiceProject: serviceProjectOverrides,
  ServiceClass: serviceClassOverrides,
  ClassSession: classSessionOverrides,
  NeedRequest: needRequestOverrides,
  ApplicationRound: applicationRoundOverrides,
};
