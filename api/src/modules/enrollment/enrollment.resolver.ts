import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { objectTypeOf } from '../../common/crud/object-type';
import type { ResourceSpec } from '../../common/resource';
import type { Context } from '../../graphql/context';
import { enrollmentResource } from './enrollment.resource';
import { enroll, withdrawEnrollment } from './enrollment.service';

const EnrollmentType = () => objectTypeOf(enrollmentResource as unknown as ResourceSpec);

/** 报名 and 退出: the only ways into and out of a class (the generic createEnrollment is not offered). */
@Resolver()
export class EnrollmentResolver {
  @Mutation(EnrollmentType, {
    description:
      'Enrolls a person in an open class, or puts them on its waitlist when it is full (first come, first served). ' +
      'Checks age on the start date, a guardian consent under 14, the applicant, and one live enrollment per person; ' +
      'fee = days × feePerDayFen, subsidy from the project policy rounded down to the fen. ' +
      'The same idempotencyKey returns the first result; with other data it is a CONFLICT.',
  })
  enroll(
    @Arg('classId', () => ID) classId: string,
    @Arg('beneficiaryId', () => ID) beneficiaryId: string,
    @Arg('applicantId', () => ID, { nullable: true, description: 'Who applies: a guardian for a child' })
    applicantId: string | null,
    @Arg('days', () => Int, { description: 'Days booked: at least 1, at most the days the class meets' }) days: number,
    @Arg('idempotencyKey', { description: 'Chosen by the client, 1–100 characters; send it again when retrying' })
    idempotencyKey: string,
    @Ctx() ctx: Context,
  ) {
    return enroll(ctx, { classId, beneficiaryId, applicantId, days, idempotencyKey });
  }

  @Mutation(EnrollmentType, {
    description: 'Withdraws an enrollment and gives its place to the head of the waitlist, in one transaction',
  })
  withdrawEnrollment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return withdrawEnrollment(ctx, id);
  }
}
