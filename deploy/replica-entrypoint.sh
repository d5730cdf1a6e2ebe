#!/usr/bin/env bash
# The `db-replica` service (docker-compose.yml, profile `replica`): a streaming replica of `db`. On its first
# start, a replication slot on the primary (so no WAL it still needs is recycled) and a base backup over the
# replication protocol (-R writes primary_conninfo and standby.signal); then the image's own entrypoint runs
# PostgreSQL as a hot standby. Later starts skip straight to that and catch up from the slot.
set -euo pipefail
export PGPASSWORD="$POSTGRES_PASSWORD"
SLOT=linli_replica
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -h db -U "$POSTGRES_USER" -d "$POSTGRES_DB" >/dev/null; do sleep 2; done
  psql -h db -U "$POSTGRES_USER" -d "$POSTGRES_DB" -v ON_ERROR_STOP=1 -tAc \
    "select pg_create_physical_replication_slot('$SLOT') where not exists
       (select 1 from pg_replication_slots where slot_name = '$SLOT')" >/dev/null
  mkdir -p "$PGDATA"
  pg_basebackup -h db -U "$POSTGRES_USER" -D "$PGDATA" -R -X stream -S "$SLOT" --progress
  chown -R postgres:postgres "$PGDATA"
  chmod 700 "$PGDATA"
fi
exec docker-entrypoint.sh postgres -c hot_standby=on -c hot_standby_feedback=on
