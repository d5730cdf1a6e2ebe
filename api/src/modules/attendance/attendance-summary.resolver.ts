import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { CrudService } from '../../common/crud/crud-service';
import { objectTypeOf } from '../../common/crud/object-type';
import type { ResourceSpec } from '../../common/resource';
import type { Context } from '../../graphql/context';
import { notFound } from '../../common/errors';
import { serviceClassResource } from '../class/service-class.resource';
import { Enrollment } from '../enrollment/enrollment.entity';
import { enrollmentResource } from '../enrollment/enrollment.resource';
import { classAttendance, enrollmentAttendance, lowAttendanceIds } from './attendance-summary';
import { ClassAttendanceType, EnrollmentAttendanceType } from './attendance-summary.types';

const enrollmentSpec = enrollmentResource as unknown as ResourceSpec;
const classSpec = serviceClassResource as unknown as ResourceSpec;
const classes = new CrudService(classSpec);

@Resolver(() => objectTypeOf(enrollmentSpec))
export class EnrollmentAttendanceResolver {
  @FieldResolver(() => EnrollmentAttendanceType, { description: '出勤情况 (one statement per page)' })
  attendanceSummary(@Root() root: { id: string }, @Ctx() ctx: Context) {
    return ctx.loaders.computed('enrollmentAttendance', enrollmentAttendance).load(root.id);
  }
}

@Resolver(() => objectTypeOf(classSpec))
export class ClassAttendanceResolver {
  @FieldResolver(() => ClassAttendanceType, { description: '班级出勤情况 (one statement per page)' })
  attendanceSummary(@Root() root: { id: string }, @Ctx() ctx: Context) {
    return ctx.loaders.computed('classAttendance', classAttendance).load(root.id);
  }

  @Query(() => [objectTypeOf(enrollmentSpec)], {
    description: 'Enrollments of a class whose attendance rate is under 70%, lowest first (出勤率不足)',
  })
  async lowAttendanceEnrollments(@Arg('classId', () => ID) classId: string, @Ctx() ctx: Context) {
    if (!(await classes.findOne(ctx, classId))) throw notFound('ServiceClass', classId);
    const ids = await lowAttendanceIds(ctx.em, classId);
    const rows = await ctx.em.find(Enrollment, { id: { $in: ids } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id)).filter(Boolean);
  }
}
