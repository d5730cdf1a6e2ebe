#!/usr/bin/env bash
# Runs once, when the `db` volume is first initialised (the postgres image's /docker-entrypoint-initdb.d):
# lets the database user connect for streaming replication (the `db-replica` service, profile `replica`),
# with the same password check as every other connection. A database initialised before this file existed
# needs the line added by hand (docs/operations.md, "Read replicas").
set -euo pipefail
echo "host replication ${POSTGRES_USER} all scram-sha-256" >> "$PGDATA/pg_hba.conf"
