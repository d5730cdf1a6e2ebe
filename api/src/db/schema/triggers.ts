import { declareTriggers } from './declared';
import { LIVE_COUNTED_TABLES } from '../../common/crud/compile/live-count';
import { liveCountTriggers } from './live-count.functions';
import { markedTables, markTriggers } from './report-marks.sql';

/**
 * Every trigger, by table, as PostgreSQL prints it (pg_get_triggerdef). The functions they run are declared
 * in the *.functions.ts files beside this one.
 */
export const triggers = declareTriggers([
  // The triggers that queue report keys on the tables the facts read: generated (report-marks.sql.ts).
  ...markedTables().flatMap(markTriggers),
  // The live-row counts of the big tables (live-count.functions.ts).
  ...LIVE_COUNTED_TABLES.flatMap(liveCountTriggers),
  // app_user
  `CREATE TRIGGER app_user_caller_changed AFTER DELETE OR UPDATE ON public.app_user FOR EACH ROW EXECUTE FUNCTION linli_caller_changed()`,
  // attendance
  `CREATE TRIGGER attendance_guard BEFORE INSERT OR DELETE OR UPDATE ON public.attendance FOR EACH ROW EXECUTE FUNCTION attendance_guard()`,
  `CREATE TRIGGER attendance_marks_session_held AFTER INSERT OR UPDATE OF deleted_at, session_id ON public.attendance FOR EACH ROW EXECUTE FUNCTION attendance_marks_session_held()`,
  // audit_event
  `CREATE TRIGGER audit_event_append_only BEFORE DELETE OR UPDATE ON public.audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`,
  `CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON public.audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`,
  // class_session
  `CREATE TRIGGER class_session_day_moved AFTER UPDATE OF date ON public.class_session FOR EACH ROW WHEN ((old.date IS DISTINCT FROM new.date)) EXECUTE FUNCTION class_session_day_moved()`,
  // enrollment
  `CREATE TRIGGER enrollment_sync_enrolled_count_del AFTER DELETE ON public.enrollment REFERENCING OLD TABLE AS enrollment_old FOR EACH STATEMENT EXECUTE FUNCTION enrollment_sync_enrolled_count_del()`,
  `CREATE TRIGGER enrollment_sync_enrolled_count_ins AFTER INSERT ON public.enrollment REFERENCING NEW TABLE AS enrollment_new FOR EACH STATEMENT EXECUTE FUNCTION enrollment_sync_enrolled_count_ins()`,
  `CREATE TRIGGER enrollment_sync_enrolled_count_upd AFTER UPDATE ON public.enrollment REFERENCING OLD TABLE AS enrollment_old NEW TABLE AS enrollment_new FOR EACH STATEMENT EXECUTE FUNCTION enrollment_sync_enrolled_count_upd()`,
  // need_request
  `CREATE TRIGGER need_request_status_guard BEFORE UPDATE OF status ON public.need_request FOR EACH ROW EXECUTE FUNCTION need_request_status_guard()`,
  `CREATE TRIGGER report_mark_need_del AFTER DELETE ON public.need_request REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_mark_need()`,
  `CREATE TRIGGER report_mark_need_ins AFTER INSERT ON public.need_request REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_mark_need()`,
  `CREATE TRIGGER report_mark_need_upd AFTER UPDATE ON public.need_request REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_mark_need()`,
  // organization
  `CREATE TRIGGER organization_caller_changed AFTER DELETE OR UPDATE OF path, deleted_at ON public.organization FOR EACH STATEMENT EXECUTE FUNCTION linli_caller_changed()`,
  `CREATE TRIGGER organization_move_subtree AFTER UPDATE OF parent_id ON public.organization FOR EACH ROW WHEN ((old.path IS DISTINCT FROM new.path)) EXECUTE FUNCTION organization_move_subtree()`,
  `CREATE TRIGGER organization_set_path BEFORE INSERT OR UPDATE OF parent_id ON public.organization FOR EACH ROW EXECUTE FUNCTION organization_set_path()`,
  `CREATE TRIGGER report_organization_moved AFTER UPDATE ON public.organization FOR EACH ROW WHEN ((old.path IS DISTINCT FROM new.path)) EXECUTE FUNCTION report_organization_moved()`,
  // refresh_token
  `CREATE TRIGGER refresh_token_caller_changed AFTER DELETE OR UPDATE ON public.refresh_token FOR EACH ROW EXECUTE FUNCTION linli_caller_changed()`,
  // report_dirty
  `CREATE TRIGGER report_dirty_queued AFTER INSERT ON public.report_dirty REFERENCING NEW TABLE AS queued FOR EACH STATEMENT EXECUTE FUNCTION report_queued()`,
  // report_dirty_need
  `CREATE TRIGGER report_dirty_need_queued AFTER INSERT ON public.report_dirty_need REFERENCING NEW TABLE AS queued FOR EACH STATEMENT EXECUTE FUNCTION report_queued()`,
  // service_project
  `CREATE TRIGGER report_project_moved AFTER UPDATE ON public.service_project FOR EACH ROW WHEN (((old.sponsor_id IS DISTINCT FROM new.sponsor_id) OR (old.category IS DISTINCT FROM new.category) OR ((old.deleted_at IS NULL) <> (new.deleted_at IS NULL)))) EXECUTE FUNCTION report_project_moved()`,
  `CREATE TRIGGER service_project_no_cycle BEFORE INSERT OR UPDATE OF parent_id ON public.service_project FOR EACH ROW WHEN ((new.parent_id IS NOT NULL)) EXECUTE FUNCTION service_project_no_cycle()`,
  `CREATE TRIGGER service_project_status_transition BEFORE UPDATE OF status ON public.service_project FOR EACH ROW EXECUTE FUNCTION service_project_status_transition()`,
]);
