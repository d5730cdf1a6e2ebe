import { Field, ID, Int, ObjectType } from 'type-graphql';
import { defineEnum, type EnumValue } from '../../common/enums';
import { LocalDate, LocalTime } from '../../common/crud/scalars';
import { SessionStatus } from './class.enums';

/** What generation does (or, in a preview, would do) with one session. */
export const GeneratedSessionState = defineEnum('GeneratedSessionState', {
  NEW: ['新增', 'New: on the schedule, created'],
  EXISTING: ['已有', 'Existing: on the schedule, kept as it is'],
  UPDATED: ['调整', 'Updated: on the schedule, end time changed to the class’s'],
  REMOVED: ['删除', 'Removed: no longer on the schedule and without attendance (soft delete)'],
  KEPT: ['保留', 'Kept: no longer on the schedule but has attendance'],
});
export type GeneratedSessionState = EnumValue<typeof GeneratedSessionState>;

@ObjectType('GeneratedSession', { description: '生成课次的一行 / One session of a generation' })
export class GeneratedSession {
  @Field(() => ID, { nullable: true, description: 'Null for a new session in a preview' })
  sessionId!: string | null;

  @Field(() => LocalDate)
  date!: string;

  @Field(() => LocalTime)
  startsAt!: string;

  @Field(() => LocalTime)
  endsAt!: string;

  @Field(() => GeneratedSessionState)
  state!: GeneratedSessionState;

  @Field(() => SessionStatus, { nullable: true, description: 'The session’s status; null for a new one in a preview' })
  status!: SessionStatus | null;

  @Field(() => Int, { description: 'Live attendance records of the session' })
  attendanceCount!: number;
}

@ObjectType('SessionGeneration', { description: '按班级排期生成课次的结果 / Sessions generated from a class schedule' })
export class SessionGeneration {
  @Field(() => ID)
  classId!: string;

  @Field({ description: 'True: nothing was written' })
  preview!: boolean;

  @Field(() => Int, { description: 'New sessions (created, or to be created in a preview)' })
  created!: number;

  @Field(() => Int, { description: 'Sessions on the schedule that already existed and were kept' })
  existing!: number;

  @Field(() => Int, { description: 'Scheduled sessions whose end time was set to the class’s daily end' })
  updated!: number;

  @Field(() => Int, { description: 'Meeting dates left out because they were in skipDates' })
  skipped!: number;

  @Field(() => Int, { description: 'Sessions no longer on the schedule, without attendance: soft-deleted' })
  removed!: number;

  @Field(() => Int, { description: 'Sessions no longer on the schedule but with attendance: kept' })
  kept!: number;

  @Field(() => [LocalDate])
  skippedDates!: string[];

  @Field(() => [GeneratedSession], { description: 'Every session concerned, by date and start time' })
  sessions!: GeneratedSession[];
}
