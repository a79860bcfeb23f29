#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (Playwright cannot download its own browser here).
# Installs it when missing; needs root, as on the project's Debian machines and in CI.
set -euo pipefail

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
	exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
	echo "Chromium is missing at $CHROMIUM. Install Debian's package as root: apt-get install -y chromium" >&2
	exit 1
fi

echo "Installing Debian's chromium for the end-to-end tests..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core fonts-noto-core > /dev/null
"$CHROMIUM" --version
