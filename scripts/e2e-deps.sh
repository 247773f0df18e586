#!/usr/bin/env bash
# Installs what the browser end-to-end tests need: Debian's chromium (never a downloaded browser) and
# the Noto fonts (Arabic: Noto Naskh Arabic, Noto Sans Arabic). Idempotent: does nothing when
# /usr/bin/chromium already exists. Needs root (or sudo) for apt-get.
set -euo pipefail

if [ -x /usr/bin/chromium ] && dpkg -s fonts-noto-core >/dev/null 2>&1; then
  echo "e2e-deps: /usr/bin/chromium present ($(/usr/bin/chromium --version 2>/dev/null || echo 'version unknown')); nothing to do"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "e2e-deps: not root and no sudo; install chromium and fonts-noto-core yourself" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium fonts-noto-core
echo "e2e-deps: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
