#!/usr/bin/env bash
# Makes sure PostgreSQL's server binaries (initdb, pg_ctl, postgres, psql, pgbench) are on this machine:
# installs Debian's postgresql package when none are found. Prints the bin folder.
set -euo pipefail

find_bin() {
  if [[ -n "${PG_BIN:-}" && -x "${PG_BIN}/initdb" ]]; then
    echo "$PG_BIN"
    return 0
  fi
  local dir
  dir=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -type d -name bin 2>/dev/null | sort -V | tail -n 1)
  if [[ -n "$dir" && -x "$dir/initdb" ]]; then
    echo "$dir"
    return 0
  fi
  return 1
}

if bin=$(find_bin); then
  echo "$bin"
  exit 0
fi

echo "PostgreSQL server binaries not found; installing Debian's postgresql package." >&2
# shellcheck source=SCRIPTDIR/lib/apt.sh
source "$(dirname "$0")/lib/apt.sh"
apt_install postgresql
find_bin || { echo "postgresql installed, but no initdb found under /usr/lib/postgresql." >&2; exit 1; }
