import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateTime } from '../../common/crud/scalars';
import { AttendanceStatus } from './attendance.enums';

/** One line of a session's roster (点名表): an omitted optional field keeps its value, null clears it. */
@InputType('AttendanceRowInput')
export class AttendanceRowInput {
  @Field(() => ID)
  enrollmentId!: string;

  @Field(() => AttendanceStatus)
  status!: AttendanceStatus;

  @Field(() => DateTime, { nullable: true, description: '签到时间: on the session date' })
  checkInAt?: Date | null;

  @Field(() => DateTime, { nullable: true, description: '签退时间: after check-in, on the session date' })
  checkOutAt?: Date | null;

  @Field(() => ID, { nullable: true, description: '接送人: a guardian of the person with mayPickUp' })
  pickedUpById?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: '不能超过500个字符' })
  note?: string | null;
}
