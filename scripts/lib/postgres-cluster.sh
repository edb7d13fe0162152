# shellcheck shell=bash
# Shared by deploy/quickstart.sh and bench/*.sh: a throwaway PostgreSQL cluster in a folder, reached
# over a unix socket in that folder. Source it, then: cluster_start DIR; ...; cluster_stop.
# Needs PG_BIN (scripts/ensure-postgres.sh prints it).

# initdb refuses to run as root: the cluster then belongs to the postgres user (or nobody).
cluster_os_user() {
  if [[ $(id -u) -ne 0 ]]; then
    echo ""
  elif id -u postgres >/dev/null 2>&1; then
    echo postgres
  else
    echo nobody
  fi
}

cluster_run() {
  if [[ -n "$CLUSTER_OS_USER" ]]; then
    runuser -u "$CLUSTER_OS_USER" -- "$@"
  else
    "$@"
  fi
}

# cluster_start DIR [PORT] [extra postgres -c settings...]
cluster_start() {
  CLUSTER_DIR=$1
  CLUSTER_PORT=${2:-5432}
  shift 2 || shift $#
  CLUSTER_OS_USER=$(cluster_os_user)
  mkdir -p "$CLUSTER_DIR"
  if [[ -n "$CLUSTER_OS_USER" ]]; then
    chown -R "$CLUSTER_OS_USER" "$CLUSTER_DIR"
  fi
  if [[ ! -f "$CLUSTER_DIR/data/PG_VERSION" ]]; then
    cluster_run "$PG_BIN/initdb" -D "$CLUSTER_DIR/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null
  fi
  # Without -l, pg_ctl keeps the caller's output open and whatever captures it hangs.
  cluster_run "$PG_BIN/pg_ctl" -D "$CLUSTER_DIR/data" -l "$CLUSTER_DIR/server.log" -w -t 60 start \
    -o "-c listen_addresses='' -k $CLUSTER_DIR -p $CLUSTER_PORT $*" >/dev/null
  export PGHOST=$CLUSTER_DIR PGPORT=$CLUSTER_PORT PGUSER=postgres
}

cluster_stop() {
  if [[ -n "${CLUSTER_DIR:-}" && -f "$CLUSTER_DIR/data/postmaster.pid" ]]; then
    cluster_run "$PG_BIN/pg_ctl" -D "$CLUSTER_DIR/data" -m fast -w stop >/dev/null || true
  fi
}

# The Npgsql connection string of database $1 in the running cluster.
cluster_connection_string() {
  echo "Host=$CLUSTER_DIR;Port=$CLUSTER_PORT;Username=postgres;Database=$1"
}
