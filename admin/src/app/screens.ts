import type { ComponentType, ReactElement } from 'react';

/** The screens of one resource: generated ones (admin/src/generated) or hand-written overrides. */
export interface ResourceScreens {
  name: string;
  list?: ComponentType;
  show?: ComponentType;
  create?: ComponentType;
  edit?: ComponentType;
  icon?: ComponentType;
  /** Extra pages under the resource's path (`/ServiceClass/:id/import`). */
  routes?: ReactElement[];
}
