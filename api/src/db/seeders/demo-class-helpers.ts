import { BeneficiaryCategory as BC, Gender } from '../../modules/beneficiary/beneficiary.enums';
import type { SessionKind } from '../../modules/class/class.enums';
import type { Topic } from './demo-classes';
import type { AreaKey } from './demo-areas';
import type { Person } from './demo-people';

/** Small building blocks of the class lists (demo-classes-*.ts): who may enroll, session topics. */
export const MON_FRI = [1, 2, 3, 4, 5];

/** Adults of working age, in months. */
export const ADULT: [number, number] = [216, 720];

/** Children of the households tagged so (see demo-households.ts). */
export const kids =
  (...tags: string[]) =>
  (p: Person): boolean =>
    !p.adult && tags.includes(p.tag);

/** Adults of an area, not the elderly living alone. */
export const adults =
  (area: AreaKey, also: (p: Person) => boolean = () => true) =>
  (p: Person): boolean =>
    p.adult && p.area === area && !p.tag.endsWith('elderly') && also(p);

export const women = (p: Person): boolean => p.gender === Gender.FEMALE;

export const fullTimeMother = (p: Person): boolean => p.categories.includes(BC.FULL_TIME_MOTHER);

/** Topics taken in turn, one per session. */
export const rotate =
  (kind: SessionKind, prefix: string, items: string[]) =>
  (_date: string, i: number): Topic => [`${prefix}${items[i % items.length]}`, kind];
