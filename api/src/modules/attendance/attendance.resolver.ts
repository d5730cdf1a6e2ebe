import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { objectTypeOf } from '../../common/crud/object-type';
import { DateTime } from '../../common/crud/scalars';
import type { ResourceSpec } from '../../common/resource';
import type { Context } from '../../graphql/context';
import { AttendanceRowInput } from './attendance.inputs';
import { attendanceResource } from './attendance.resource';
import { checkIn, checkOut, recordAttendance } from './attendance.service';
import { verifySessionAttendance } from './session-verification.service';
import { classSessionResource } from '../class/class-session.resource';

const AttendanceType = () => objectTypeOf(attendanceResource as unknown as ResourceSpec);
const SessionType = () => objectTypeOf(classSessionResource as unknown as ResourceSpec);

/** 点名, 签到 and 签退: thin mappings onto attendance.service.ts. */
@Resolver()
export class AttendanceResolver {
  @Mutation(() => [AttendanceType()], {
    description:
      "Saves a session's roster in one transaction: one row per listed enrollment, created or updated " +
      '(an omitted optional field keeps its value, null clears it). All rows or none; errors keyed `index.field`.',
  })
  recordAttendance(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('rows', () => [AttendanceRowInput]) rows: AttendanceRowInput[],
    @Ctx() ctx: Context,
  ) {
    return recordAttendance(ctx, sessionId, rows);
  }

  @Mutation(AttendanceType, {
    description: 'Checks a person in (签到): PRESENT, or LATE more than 15 minutes after the session starts',
  })
  checkIn(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('enrollmentId', () => ID) enrollmentId: string,
    @Arg('at', () => DateTime, { nullable: true, description: 'Default: now; on the session date' }) at: Date | null,
    @Ctx() ctx: Context,
  ) {
    return checkIn(ctx, { sessionId, enrollmentId, at });
  }

  @Mutation(AttendanceType, {
    description:
      'Checks a person out (签退). A child under 14 must be picked up by a registered guardian with mayPickUp; ' +
      'anyone else is refused with BAD_USER_INPUT on pickedUpById saying why',
  })
  checkOut(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('enrollmentId', () => ID) enrollmentId: string,
    @Arg('pickedUpById', () => ID, { nullable: true }) pickedUpById: string | null,
    @Arg('at', () => DateTime, { nullable: true, description: 'Default: now; on the session date' }) at: Date | null,
    @Ctx() ctx: Context,
  ) {
    return checkOut(ctx, { sessionId, enrollmentId, pickedUpById, at });
  }

  @Mutation(SessionType, {
    description:
      "Verifies a HELD session's roster (考勤核验), by the sponsor's staff only; its attendance is then frozen " +
      'and settlement counts it',
  })
  verifySessionAttendance(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: Context) {
    return verifySessionAttendance(ctx, sessionId);
  }
}
