import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { createConnectionResolver, createCrudResolver } from '../common/crud/crud-resolver';
import { whereTypeOf } from '../common/crud/filters';
import { createInputOf, updateInputOf } from '../common/crud/inputs';
import { connectionTypesOf, objectTypeOf } from '../common/crud/object-type';
import { orderTypeOf } from '../common/crud/order';
import { allResources, registerResources } from '../common/crud/registry';
import { resources } from '../modules/resources';
import { createAccountAdminResolver } from '../modules/account/account-admin.resolver';
import { AuthResolver } from '../modules/account/auth.resolver';
import { RevealResolver } from '../modules/beneficiary/reveal.resolver';
import { EnrollmentResolver } from '../modules/enrollment/enrollment.resolver';
import { RosterResolver } from '../modules/roster/roster.resolver';
import { installCompiledFields } from '../common/crud/compile/compiled-fields';
import { WorkProgressResolver } from '../modules/progress/work-progress.resolver';
import { ClassSessionResolver } from '../modules/class/class-session.resolver';
import { ProjectLifecycleResolver } from '../modules/project/project-lifecycle.resolver';
import { AttendanceResolver } from '../modules/attendance/attendance.resolver';
import { NeedRequestResolver } from '../modules/need/need-request.resolver';
import { SettlementResolver } from '../modules/settlement/settlement.resolver';
import {
  ProjectEvaluationResolver,
  SocialGroupEvaluationResolver,
} from '../modules/evaluation/evaluation-summary.resolver';
import {
  ClassAttendanceResolver,
  EnrollmentAttendanceResolver,
} from '../modules/attendance/attendance-summary.resolver';
import { ReportResolver } from '../modules/report/report.resolver';
import { ApplicationChoicesResolver, RoundClassesResolver } from '../modules/lottery/round-fields.resolver';
import { RoundResolver } from '../modules/lottery/round.resolver';
import { setCrudAuditSink } from '../common/crud/audit-sink';
import { recordAudit } from '../modules/audit/audit.service';
import { AdminMetaResolver } from './admin-meta.resolver';
import { HealthResolver } from './health.resolver';
import { validateArgs } from './validate-args';

let schema: GraphQLSchema | undefined;

/** The whole API: generated CRUD for every resource plus the hand-written domain resolvers. */
export function buildLinliSchema(): GraphQLSchema {
  if (schema) return schema;
  registerResources(resources);
  setCrudAuditSink(recordAudit);
  // type-graphql collects classes before resolving type thunks: create every generated class first.
  for (const spec of allResources()) {
    objectTypeOf(spec);
    connectionTypesOf(spec);
    whereTypeOf(spec.name);
    orderTypeOf(spec);
    const ops = { create: true, update: true, ...spec.operations };
    if (ops.create) createInputOf(spec);
    if (ops.update) updateInputOf(spec);
  }
  const crud = allResources().flatMap((spec) => [createCrudResolver(spec), createConnectionResolver(spec)]);
  schema = buildSchemaSync({
    resolvers: [
      HealthResolver,
      AuthResolver,
      AdminMetaResolver,
      RevealResolver,
      EnrollmentResolver,
      RosterResolver,
      WorkProgressResolver,
      ProjectLifecycleResolver,
      ClassSessionResolver,
      AttendanceResolver,
      EnrollmentAttendanceResolver,
      ClassAttendanceResolver,
      NeedRequestResolver,
      SettlementResolver,
      SocialGroupEvaluationResolver,
      ProjectEvaluationResolver,
      ReportResolver,
      RoundResolver,
      RoundClassesResolver,
      ApplicationChoicesResolver,
      createAccountAdminResolver(),
      ...crud,
    ] as never,
    validateFn: validateArgs,
    emitSchemaFile: false,
  });
  installCompiledFields(schema);
  return schema;
}
