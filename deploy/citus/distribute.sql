-- SKETCH, NOT RUNNABLE ON TODAY'S SCHEMA (docs/scaling.md section 3, "Distributed PostgreSQL (Citus)").
--
-- How Linli's tables would be laid out on Citus, with the province (the organization under the national
-- root) as distribution column. Run by hand on the coordinator after the API's migrations:
--   docker-compose -f docker-compose.citus.yml exec coordinator psql -U linli -d linli -f /deploy/citus/distribute.sql
-- Today the first statement refuses it: no table has a province_id column yet. What must change first:
--   * every distributed table gains province_id, and its primary key, unique constraints and foreign keys
--     include it (attendance (province_id, id); enrollment_idempotency_key_unique becomes
--     (province_id, idempotency_key)), since Citus enforces them only within one shard;
--   * foreign keys between distributed tables join on province_id too (co-located), and no reference table
--     points at a distributed one;
--   * the statement-level triggers with transition tables that queue report keys are not supported on
--     distributed tables: the marking moves into the services or into per-node triggers;
--   * a national dashboard becomes per-province queries over the summaries summed by the coordinator;
--     distinct people across provinces need a national person-month table or an approximate count.
\set ON_ERROR_STOP on

do $$
begin
  if not exists (select 1 from information_schema.columns where table_name = 'attendance' and column_name = 'province_id') then
    raise exception 'deploy/citus/distribute.sql is a sketch: today''s schema has no province_id (docs/scaling.md, section 3)';
  end if;
end $$;

-- Reference tables: copied to every node, read on every request or joined from every province.
select create_reference_table('organization');   -- the tree the scope rules read on every request
select create_reference_table('social_group');   -- partners work across provinces
select create_reference_table('app_user');
select create_reference_table('api_key');
select create_reference_table('subsidy_policy');

-- Distributed by province, all co-located with service_project so that a province's joins stay on one node.
select create_distributed_table('service_project', 'province_id');
select create_distributed_table('service_class', 'province_id', colocate_with => 'service_project');
select create_distributed_table('class_session', 'province_id', colocate_with => 'service_project');
select create_distributed_table('enrollment', 'province_id', colocate_with => 'service_project');
select create_distributed_table('attendance', 'province_id', colocate_with => 'service_project');
select create_distributed_table('service_record', 'province_id', colocate_with => 'service_project');
select create_distributed_table('need_request', 'province_id', colocate_with => 'service_project');
select create_distributed_table('evaluation', 'province_id', colocate_with => 'service_project');
select create_distributed_table('audit_event', 'province_id', colocate_with => 'service_project');

-- People: distributed by the registering province (an enrollment in another province joins across nodes:
-- allowed, slower). As a reference table instead, every node would hold every person's PII, which the
-- privacy rules refuse unless the nodes are one trust domain.
select create_distributed_table('beneficiary', 'province_id', colocate_with => 'service_project');
select create_distributed_table('guardianship', 'province_id', colocate_with => 'service_project');

-- Every report table (the summaries and their queues of dirty keys), its key gaining the province (node ×
-- month keys already sit under one province, except the national root's rows: those become the
-- coordinator's sum of the provinces').
select create_distributed_table(c.relname::text, 'province_id', colocate_with => 'service_project')
  from pg_class c join pg_namespace n on n.oid = c.relnamespace
 where n.nspname = 'public' and c.relkind = 'r' and c.relname like 'report\_%'
 order by c.relname;

-- Not decided by the plan yet, left as local tables on the coordinator: sessions and sign-in state
-- (refresh_token, auth_throttle), the outbox, work_progress, declared_object, consent (with its person?),
-- partnership, project_partner, venue, and the enrollment rounds'
-- tables (application, application_round, round_objection, round_correction, approval_step), which would
-- follow their class.
