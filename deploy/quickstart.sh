#!/usr/bin/env bash
# Runs ShopwareSync locally in one command: installs PostgreSQL if its binaries are missing, starts a
# throwaway cluster under .local/, creates the inventory app's tables with a demo catalogue, applies
# ShopwareSync's migrations, starts the sandbox Shopware with the same products, and runs the worker in
# the foreground with readable logs and stock sync on.
# Ctrl-C stops the worker, the sandbox and the cluster. Data stays in .local/ for the next start (delete
# it to reset); the sandbox keeps its products in memory and is seeded again at each start.
#
#   deploy/quickstart.sh            run until Ctrl-C
#   deploy/quickstart.sh --smoke    change the stock of 50 articles, wait until the sandbox shop matches the
#                                   inventory for every article, print a PASS or FAIL line, stop, exit 0 or 1
#
# QUICKSTART_DIR (default .local), QUICKSTART_WORKER_PORT (8080), QUICKSTART_SANDBOX_PORT (8090) move it.
set -euo pipefail
cd "$(dirname "$0")/.."

smoke=false
case "${1:-}" in
  --smoke) smoke=true ;;
  "") ;;
  *) echo "usage: $0 [--smoke]" >&2; exit 2 ;;
esac
local_dir=${QUICKSTART_DIR:-$(pwd)/.local}
worker_port=${QUICKSTART_WORKER_PORT:-8080}
sandbox_port=${QUICKSTART_SANDBOX_PORT:-8090}

PG_BIN=$(scripts/ensure-postgres.sh)
export PG_BIN
# shellcheck source=SCRIPTDIR/../scripts/lib/apt.sh
source scripts/lib/apt.sh
command -v curl >/dev/null 2>&1 || apt_install curl ca-certificates
# shellcheck source=SCRIPTDIR/../scripts/lib/postgres-cluster.sh
source scripts/lib/postgres-cluster.sh

mkdir -p "$local_dir"
chmod 755 "$local_dir"
cluster_start "$local_dir/postgres" 5432
worker_pid=""
sandbox_pid=""
# shellcheck disable=SC2317  # called by the EXIT trap
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
sandbox_url=http://127.0.0.1:$sandbox_port
dotnet ShopwareSync.Sandbox/bin/Release/net10.0/ShopwareSync.Sandbox.dll --urls "$sandbox_url" >"$local_dir/sandbox.log" 2>&1 &
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
export Urls=http://127.0.0.1:$worker_port

cat <<INFO

ShopwareSync is starting: local inventory database -> worker -> sandbox Shopware.
  Health:      http://127.0.0.1:$worker_port/health/ready
  Metrics:     http://127.0.0.1:$worker_port/metrics
  Queue:       $PG_BIN/psql -h $PGHOST -U postgres -d inventory -c 'SELECT * FROM shopware_sync.queue_overview'
  Shop state:  curl -s $sandbox_url/_sandbox/state | head -c 600
  Change stock in the inventory, then watch it arrive in the shop:
               $PG_BIN/psql -h $PGHOST -U postgres -d inventory -c "UPDATE items SET \"Auf_Lager\" = \"Auf_Lager\" + 5 WHERE \"ItemUUID\" = 'I-SW-00001-1'"
Ctrl-C stops everything.

INFO
# In the background, so that Ctrl-C or a TERM reaches this script, which stops the worker and then the cluster.
"${worker[@]}" &
worker_pid=$!
if [[ $smoke != true ]]; then
  wait "$worker_pid"
  exit
fi

# --smoke: one scripted round, then stop.
smoke_articles=50
started=$(date +%s%N)
psql_q -d inventory -c "UPDATE items SET \"Auf_Lager\" = COALESCE(\"Auf_Lager\", 0) + 1
  WHERE \"ItemUUID\" IN (SELECT 'I-SW-' || lpad(a::text, 5, '0') || '-1' FROM generate_series(1, $smoke_articles) AS a)"
state_file="$local_dir/sandbox-state.json"
mismatches=-1
for _ in $(seq 1 600); do
  if curl -fsS "$sandbox_url/_sandbox/state" >"$state_file" 2>/dev/null; then
    # Every article of the demo catalogue: the shop's stock must equal the inventory's.
    mismatches=$(psql_q -d inventory -At <<SQL
\set state \`cat "$state_file"\`
SELECT count(*) FROM shopware_sync.product_source AS s
LEFT JOIN json_array_elements(:'state'::json -> 'products') AS p(product) ON p.product ->> 'productNumber' = s.product_number
WHERE s.product_number LIKE 'SW-%' AND (p.product IS NULL OR (p.product ->> 'stock')::bigint <> s.stock);
SQL
)
    [[ $mismatches == 0 ]] && break
  fi
  sleep 0.1
done
elapsed_ms=$(( ($(date +%s%N) - started) / 1000000 ))
delivered=$(psql_q -d inventory -At -c "SELECT count(*) FROM shopware_sync.sync_job WHERE status = 'done'")
if [[ $mismatches == 0 ]]; then
  echo "smoke: PASS, stock of $smoke_articles articles changed, all 2,000 shop products match the inventory after ${elapsed_ms} ms ($delivered jobs delivered)"
  exit 0
fi
echo "smoke: FAIL, $mismatches products differ between shop and inventory after ${elapsed_ms} ms" >&2
exit 1
