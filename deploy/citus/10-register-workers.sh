#!/usr/bin/env bash
# SKETCH (docker-compose.citus.yml, docs/scaling.md section 3). Runs once, when the coordinator's volume is
# first initialised, after the image's own script created the citus extension in $POSTGRES_DB. The
# compose file starts the coordinator only once both workers are healthy, so they can be registered here.
# What it does not do: distribute Linli's tables (deploy/citus/distribute.sql, refused by today's schema).
set -euo pipefail

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
-- The coordinator's own address, as the workers reach it (Citus uses it for metadata sync).
select citus_set_coordinator_host('coordinator', 5432);
-- The nodes talk to each other as the same user with the same password (the postgres image requires a
-- password for network connections): pg_dist_authinfo keeps it, for every node (nodeid 0).
insert into pg_dist_authinfo (nodeid, rolename, authinfo)
  values (0, '${POSTGRES_USER}', 'password=${POSTGRES_PASSWORD}');
select citus_add_node('worker-1', 5432);
select citus_add_node('worker-2', 5432);
SQL
