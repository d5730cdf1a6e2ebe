import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('EnrollmentAttendance', {
  description:
    '出勤情况: counted = HELD sessions of the class from enrollment to withdrawal, plus any HELD session with a row; ' +
    'rate = (PRESENT + LATE) / (counted − EXCUSED)',
})
export class EnrollmentAttendanceType {
  @Field(() => Int, { description: 'Sessions that count (应出勤课次)' })
  counted!: number;
  @Field(() => Int, { description: 'PRESENT or LATE (出勤)' })
  attended!: number;
  @Field(() => Int)
  late!: number;
  @Field(() => Int, { description: 'ABSENT, or a counted session without a row' })
  absent!: number;
  @Field(() => Int)
  excused!: number;
  @Field(() => Int, { nullable: true, description: 'Basis points, rounded down; null when nothing counts' })
  rateBp!: number | null;
  @Field({ description: 'Under thresholdBp (70%): some unions bar such an enrollment from the next period' })
  belowThreshold!: boolean;
}

@ObjectType('ClassAttendance', { description: '班级出勤情况' })
export class ClassAttendanceType {
  @Field(() => Int, { description: 'HELD sessions (场次)' })
  heldSessions!: number;
  @Field(() => Int, { description: 'PRESENT or LATE rows on HELD sessions (人次)' })
  personTimes!: number;
  @Field(() => Int, { nullable: true, description: 'Σ attended / Σ (counted − excused) over the enrollments' })
  rateBp!: number | null;
  @Field(() => Int, { description: 'Enrollments under the threshold' })
  belowThresholdCount!: number;
  @Field(() => Int)
  thresholdBp!: number;
}
