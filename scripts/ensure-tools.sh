#!/usr/bin/env bash
# The integration tests validate exported TBX files with xmllint (Debian's libxml2-utils).
# Installs it when missing; needs root, as on the project's Debian machines and in CI.
set -euo pipefail

if command -v xmllint > /dev/null 2>&1; then
	exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
	echo "xmllint is missing. Install Debian's package as root: apt-get install -y libxml2-utils" >&2
	exit 1
fi

echo "Installing Debian's libxml2-utils (xmllint) for the TBX export tests..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends libxml2-utils > /dev/null
# sed reads to the end: head would close the pipe early and xmllint exit on SIGPIPE (status 141, fatal under pipefail).
xmllint --version 2>&1 | sed -n 1p
