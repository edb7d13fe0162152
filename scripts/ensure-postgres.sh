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
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo_cmd=(sudo)
  else
    echo "Not root and no sudo: install PostgreSQL yourself (apt-get install postgresql) or set PG_BIN." >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq >&2
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends postgresql >&2
find_bin || { echo "postgresql installed, but no initdb found under /usr/lib/postgresql." >&2; exit 1; }
