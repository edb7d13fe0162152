#!/usr/bin/env bash
# What ShopwareSync's triggers cost the app's own writes. Two databases with the same data (10,000
# articles, 100,000 items): one with the app's tables only, one with ShopwareSync migrated onto them.
# pgbench replays the app's statements against both, alternating, RUNS times each; the script prints
# medians and the ratio "with ShopwareSync / without".
#
#   bench/trigger-overhead.sh [RUNS] [SECONDS_PER_RUN]      (defaults: 5 runs, 10 s)
#   BENCH_FSYNC=off bench/trigger-overhead.sh               (no disk flushes: the CPU cost alone)
#
# Not part of the test run: machines are shared and timings are noisy; quote medians.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
seconds=${2:-10}

PG_BIN=$(scripts/ensure-postgres.sh)
export PG_BIN
# shellcheck source=SCRIPTDIR/../scripts/lib/postgres-cluster.sh
source scripts/lib/postgres-cluster.sh

work=$(mktemp -d "${TMPDIR:-/tmp}/shopwaresync-bench.XXXXXX")
chmod 755 "$work"  # the cluster runs as another user when we are root
trap 'cluster_stop; rm -rf "$work"' EXIT
# Durable commits as in production by default; BENCH_FSYNC=off takes the disk out of the figures,
# which shows the triggers' own CPU cost more sharply.
cluster_start "$work/cluster" 5432 -c shared_buffers=256MB -c fsync="${BENCH_FSYNC:-on}" -c synchronous_commit="${BENCH_FSYNC:-on}"
psql_q() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }

for db in plain synced; do
  psql_q -d postgres -c "CREATE DATABASE $db"
  for f in db/app/*.sql; do psql_q -d "$db" -f "$f"; done
done
for f in db/migrations/*.sql; do psql_q -d synced --single-transaction -f "$f" 2>/dev/null; done

seed=$(cat <<'SQL'
INSERT INTO item_refs ("Artikel_Nummer", "Artikelbeschreibung", "Verkaufspreis", "Shopartikel", "Veröffentlicht_Status", "Einheit")
SELECT 'A-' || a, 'Artikel ' || a, 9.99, 1, 'yes', 'Stk' FROM generate_series(1, 10000) AS a;
INSERT INTO items ("ItemUUID", "Artikel_Nummer", "UpdatedAt", "Auf_Lager")
SELECT 'I-' || i, 'A-' || ((i - 1) / 10 + 1), '2026-01-01', 1 FROM generate_series(1, 100000) AS i;
SQL
)
for db in plain synced; do psql_q -d "$db" -c "$seed" -c "VACUUM ANALYZE"; done
psql_q -d synced -c "TRUNCATE shopware_sync.sync_job"

cat > "$work/single_update.sql" <<'SQL'
\set id random(1, 100000)
UPDATE items SET "Auf_Lager"="Auf_Lager"+1, "UpdatedAt"='2026-11-25T10:00:00.000Z' WHERE "ItemUUID"='I' || '-' || :id;
SQL
cat > "$work/single_move.sql" <<'SQL'
\set id random(1, 100000)
UPDATE items SET "BoxID"=NULL,"Location"='Regal',"UpdatedAt"='2026-11-25T10:00:00.000Z' WHERE "ItemUUID"='I' || '-' || :id;
SQL
cat > "$work/bulk_update.sql" <<'SQL'
\set start random(0, 9) * 10000
UPDATE items SET "Auf_Lager"="Auf_Lager"+1 WHERE "ItemUUID" IN (SELECT 'I-' || i FROM generate_series(:start + 1, :start + 10000) AS i);
SQL
cat > "$work/bulk_erp.sql" <<'SQL'
UPDATE item_refs SET "LastSyncedAt"='2026-11-25T10:00:00.000Z';
SQL

# run_pgbench DB SCRIPT CLIENTS -> "tps latency_ms"
run_pgbench() {
  local out
  out=$("$PG_BIN/pgbench" -n -c "$3" -j "$3" -T "$seconds" -f "$2" "$1" 2>&1)
  echo "$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<<"$out") $(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' <<<"$out")"
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

printf 'ShopwareSync trigger overhead: %s runs of %s s per case, medians (%s, %s cores, PostgreSQL %s, fsync %s)\n' \
  "$runs" "$seconds" "$(uname -m)" "$(nproc)" "$("$PG_BIN/postgres" --version | awk '{print $3}')" "${BENCH_FSYNC:-on}"
printf '%-44s %12s %12s %8s   %12s %12s\n' "case" "tps without" "tps with" "ratio" "ms without" "ms with"
for case in "single_update 1" "single_update 2" "single_move 1" "bulk_update 1" "bulk_erp 1"; do
  read -r script clients <<<"$case"
  : >"$work/plain.tps"; : >"$work/synced.tps"; : >"$work/plain.ms"; : >"$work/synced.ms"
  for _ in $(seq "$runs"); do
    for db in plain synced; do
      read -r tps ms <<<"$(run_pgbench "$db" "$work/$script.sql" "$clients")"
      echo "$tps" >>"$work/$db.tps"
      echo "$ms" >>"$work/$db.ms"
    done
  done
  plain_tps=$(median <"$work/plain.tps"); synced_tps=$(median <"$work/synced.tps")
  plain_ms=$(median <"$work/plain.ms"); synced_ms=$(median <"$work/synced.ms")
  printf '%-44s %12s %12s %8s   %12s %12s\n' "$script ($clients client(s))" "$plain_tps" "$synced_tps" \
    "$(awk -v a="$synced_tps" -v b="$plain_tps" 'BEGIN { printf "%.2f", a / b }')" "$plain_ms" "$synced_ms"
done
echo
echo "Queue after the run (synced): $(psql_q -d synced -At -c "SELECT count(*) || ' jobs, ' || sum(change_count) || ' changes coalesced' FROM shopware_sync.sync_job")"
