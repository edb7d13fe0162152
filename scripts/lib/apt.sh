# shellcheck shell=bash
# apt_install PACKAGE...: installs Debian packages, as root or through sudo.
apt_install() {
  local sudo_cmd=()
  if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo_cmd=(sudo)
    else
      echo "Not root and no sudo: install $* yourself (apt-get install $*)." >&2
      return 1
    fi
  fi
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "$@" >&2
}
