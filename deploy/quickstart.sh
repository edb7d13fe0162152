#!/usr/bin/env bash
# Runs ShopwareSync locally in one command: installs PostgreSQL if its binaries are missing, starts a
# throwaway cluster under .local/, creates the inventory app's tables with a demo catalogue, applies
# ShopwareSync's migrations, and runs the worker in the foreground with readable logs.
# Ctrl-C stops the worker and the cluster. Data stays in .local/ for the next start (delete it to reset).
set -euo pipefail
cd "$(dirname "$0")/.."

PG_BIN=$(scripts/ensure-postgres.sh)
export PG_BIN
# shellcheck source=SCRIPTDIR/../scripts/lib/postgres-cluster.sh
source scripts/lib/postgres-cluster.sh

root=$(pwd)
mkdir -p .local
chmod 755 .local
cluster_start "$root/.local/postgres" 5432
worker_pid=""
stop_everything() {
  if [[ -n "$worker_pid" ]]; then
    kill -TERM "$worker_pid" 2>/dev/null || true
    wait "$worker_pid" 2>/dev/null || true
  fi
  cluster_stop
}
trap stop_everything EXIT
trap 'exit 130' INT TERM

psql_q() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
if [[ -z $(psql_q -d postgres -At -c "SELECT 1 FROM pg_database WHERE datname = 'inventory'") ]]; then
  psql_q -d postgres -c "CREATE DATABASE inventory"
fi
# The app's own start-up (re-runnable), then the demo catalogue on an empty database.
for f in db/app/*.sql; do psql_q -d inventory -f "$f"; done
psql_q -d inventory -f deploy/demo/seed.sql

export Database__ConnectionString
Database__ConnectionString=$(cluster_connection_string inventory)
export Logs__Format=${Logs__Format:-text}
dotnet build ShopwareSync.Worker --nologo -v quiet -c Release >/dev/null
worker=(dotnet "ShopwareSync.Worker/bin/Release/net10.0/shopware-sync.dll")
"${worker[@]}" migrate

cat <<INFO

ShopwareSync is starting against the local inventory database.
  Health:      http://127.0.0.1:8080/health/ready
  Queue:       $PG_BIN/psql -h $PGHOST -d inventory -c 'SELECT * FROM shopware_sync.queue_overview'
  Change stock, then look at the queue again:
               $PG_BIN/psql -h $PGHOST -d inventory -c "UPDATE items SET \"Auf_Lager\" = \"Auf_Lager\" + 1 WHERE \"ItemUUID\" = 'I-SW-00001-1'"
Ctrl-C stops everything.

INFO
# In the background, so that Ctrl-C or a TERM reaches this script, which stops the worker and then the cluster.
"${worker[@]}" &
worker_pid=$!
wait "$worker_pid"
