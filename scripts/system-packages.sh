#!/usr/bin/env bash
# Make sure the Debian packages the tests need are there.
# Each argument is a package name, or "command:package" to accept the command from anywhere.
# As root on Debian it installs what is missing; elsewhere it says what to install.
set -euo pipefail
missing=()
for wanted in "$@"; do
  package=${wanted#*:}
  if [[ $wanted == *:* ]]; then
    command -v "${wanted%%:*}" >/dev/null && continue
  else
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" && continue
  fi
  missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Please install these Debian packages first: ${missing[*]}" >&2
  echo "  sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
