#!/usr/bin/env bash
# Runs ShopwareSync locally in one command: installs PostgreSQL if its binaries are missing, starts a
# throwaway cluster under .local/, creates the inventory app's tables with a demo catalogue, applies
# ShopwareSync's migrations, starts the sandbox Shopware with the same products, and runs the worker in
# the foreground with readable logs and stock sync on.
# Ctrl-C stops the worker, the sandbox and the cluster. Data stays in .local/ for the next start (delete
# it to reset); the sandbox keeps its products in memory and is seeded again at each start.
set -euo pipefail
cd "$(dirname "$0")/.."

PG_BIN=$(scripts/ensure-postgres.sh)
export PG_BIN
# shellcheck source=SCRIPTDIR/../scripts/lib/apt.sh
source scripts/lib/apt.sh
command -v curl >/dev/null 2>&1 || apt_install curl ca-certificates
# shellcheck source=SCRIPTDIR/../scripts/lib/postgres-cluster.sh
source scripts/lib/postgres-cluster.sh

root=$(pwd)
mkdir -p .local
chmod 755 .local
cluster_start "$root/.local/postgres" 5432
worker_pid=""
sandbox_pid=""
stop_everything() {
  for pid in "$worker_pid" "$sandbox_pid"; do
    if [[ -n "$pid" ]]; then
      kill -TERM "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
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
dotnet build ShopwareSync.Sandbox --nologo -v quiet -c Release >/dev/null
worker=(dotnet "ShopwareSync.Worker/bin/Release/net10.0/shopware-sync.dll")
"${worker[@]}" migrate

# The sandbox Shopware, seeded with the demo catalogue's numbers and current stock (so both start in sync).
sandbox_url=http://127.0.0.1:8090
dotnet ShopwareSync.Sandbox/bin/Release/net10.0/ShopwareSync.Sandbox.dll --urls "$sandbox_url" >.local/sandbox.log 2>&1 &
sandbox_pid=$!
for _ in $(seq 1 100); do
  curl -fsS "$sandbox_url/" >/dev/null 2>&1 && break
  sleep 0.1
done
psql_q -d inventory -At -c "SELECT coalesce(json_agg(json_build_object('productNumber', product_number, 'stock', least(greatest(stock, 0), 2147483647))), '[]') FROM shopware_sync.product_source" \
  | curl -fsS -X POST -H 'Content-Type: application/json' --data-binary @- "$sandbox_url/_sandbox/products" >/dev/null

export Shopware__BaseUrl=$sandbox_url
export Shopware__ClientId=SWIASANDBOXINTEGRATION0000
export Shopware__ClientSecret=sandbox-integration-secret
export Shopware__Features__Enabled=true
export Shopware__Features__StockSync=true

cat <<INFO

ShopwareSync is starting: local inventory database -> worker -> sandbox Shopware.
  Health:      http://127.0.0.1:8080/health/ready
  Queue:       $PG_BIN/psql -h $PGHOST -U postgres -d inventory -c 'SELECT * FROM shopware_sync.queue_overview'
  Shop state:  curl -s $sandbox_url/_sandbox/state | head -c 600
  Change stock in the inventory, then watch it arrive in the shop:
               $PG_BIN/psql -h $PGHOST -U postgres -d inventory -c "UPDATE items SET \"Auf_Lager\" = \"Auf_Lager\" + 5 WHERE \"ItemUUID\" = 'I-SW-00001-1'"
Ctrl-C stops everything.

INFO
# In the background, so that Ctrl-C or a TERM reaches this script, which stops the worker and then the cluster.
"${worker[@]}" &
worker_pid=$!
wait "$worker_pid"
