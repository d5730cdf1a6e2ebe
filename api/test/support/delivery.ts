import { classInput, create, sampleInput, type World } from './fixtures';
import type { TestApp } from './test-app';

/**
 * Builders for service-delivery tests, on top of a world (fixtures.buildWorld): people, children
 * with a guardian and a consent, classes and sessions, enrollments. Everything goes through the API.
 */
export function deliveryKit(app: TestApp, world: World) {
  /** An adult worker (no consent needed) with the given fields. */
  const person = (over: Record<string, unknown> = {}) =>
    create(app, 'Beneficiary', { ...sampleInput('Beneficiary', world), idNumber: null, phone: null, ...over });

  /** A child of `guardian`, with a guardianship and (unless `consent` is false) a consent on record. */
  async function childOf(guardian: string, birthDate = '2018-05-01', consent = true, mayPickUp = true) {
    const child = await person({
      name: '测试儿童',
      birthDate,
      categories: ['CHILD'],
      employer: null,
      unionOrganizationId: null,
    });
    await create(app, 'Guardianship', {
      ...sampleInput('Guardianship', { ...world, parent: guardian, child }),
      mayPickUp,
    });
    if (consent) await create(app, 'Consent', sampleInput('Consent', { ...world, parent: guardian, child }));
    return child;
  }

  /** A class of a project (the world's when its dates fit): open, for ages 6–13, 40 places, 130 元 a day. */
  const klass = async (over: Record<string, unknown> = {}) =>
    create(app, 'ServiceClass', await classInput(app, world, over));

  /** A session of a class on a date (08:00–17:30 by default). */
  const session = (classId: string, date: string, over: Record<string, unknown> = {}) =>
    create(app, 'ClassSession', { classId, date, startsAt: '08:00:00', endsAt: '17:30:00', kind: 'LESSON', ...over });

  /** Enrolls a person through `enroll`. */
  const enroll = (classId: string, beneficiaryId: string, applicantId: string | null = null, days = 10) =>
    create(app, 'Enrollment', { classId, beneficiaryId, applicantId, daysBooked: days });

  return { person, childOf, klass, session, enroll };
}
