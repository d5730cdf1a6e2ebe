import type { ClassDef } from './demo-classes';
import { JIANGYANG_CLASSES } from './demo-classes-jiangyang';
import { LANZHOU_CLASSES } from './demo-classes-lanzhou';
import { RURAL_CLASSES } from './demo-classes-rural';
import { XISHAN_CLASSES, XISHAN_YEAR_ROUND_CLASSES } from './demo-classes-xishan';

/** Every demo class, in the order they are built (the order fixes their ids and who gets a place first). */
export const CLASSES: ClassDef[] = [
  ...XISHAN_CLASSES,
  ...LANZHOU_CLASSES,
  ...JIANGYANG_CLASSES,
  ...RURAL_CLASSES,
  ...XISHAN_YEAR_ROUND_CLASSES,
];
