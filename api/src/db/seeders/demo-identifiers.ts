import { makeIdNumber } from '../../common/validators';
import type { DemoRandom } from './demo-random';

/**
 * Synthetic identifiers, unique within one seeding: ID numbers with a valid GB 11643 checksum (region =
 * the family's district, sequence parity = gender: odd for men) and mobile numbers in the 139 range.
 * They are drawn, never copied from anyone.
 */
export class SyntheticIdentifiers {
  private readonly ids = new Set<string>();
  private readonly phones = new Set<string>();

  constructor(private readonly rng: DemoRandom) {}

  idNumber(region: string, birthDate: string, gender: 'MALE' | 'FEMALE'): string {
    for (;;) {
      const sequence = this.rng.int(0, 499) * 2 + (gender === 'MALE' ? 1 : 0);
      const id = makeIdNumber({ region, birthDate, sequence });
      if (!this.ids.has(id)) {
        this.ids.add(id);
        return id;
      }
    }
  }

  phone(): string {
    for (;;) {
      const p = `139${String(this.rng.int(0, 99_999_999)).padStart(8, '0')}`;
      if (!this.phones.has(p)) {
        this.phones.add(p);
        return p;
      }
    }
  }
}
