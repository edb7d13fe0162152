#!/usr/bin/env bash
# Makes sure the tools the metrics and deployment tests run are on this machine: prometheus and promtool
# (Debian's prometheus package, without its 400 MB of recommends; it starts no service) and systemd-analyze.
set -euo pipefail

missing=()
{ command -v promtool >/dev/null 2>&1 && command -v prometheus >/dev/null 2>&1; } || missing+=(prometheus)
command -v systemd-analyze >/dev/null 2>&1 || missing+=(systemd)
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "Installing ${missing[*]} for the deployment tests." >&2
  # shellcheck source=SCRIPTDIR/lib/apt.sh
  source "$(dirname "$0")/lib/apt.sh"
  apt_install "${missing[@]}"
fi
