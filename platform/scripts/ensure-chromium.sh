#!/usr/bin/env bash
# Make sure Debian's chromium is installed for the browser tests (tests/e2e), which drive it with
# Playwright; Playwright's own browser download is never used. Safe to run again and again.
# When it cannot install (not root, no sudo, no apt-get, no network) it says so loudly and
# carries on: the browser tests then skip with a message, except in CI (CI=true) where they fail.
set -uo pipefail
CHROMIUM=${E2E_CHROMIUM:-/usr/bin/chromium}

if [ -x "$CHROMIUM" ]; then
    exit 0
fi

warn() {
    echo "" >&2
    echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
    echo "!!! $CHROMIUM is missing and could not be installed ($1)." >&2
    echo "!!! The browser and accessibility tests (tests/e2e) will be SKIPPED." >&2
    echo "!!! Install it with: sudo apt-get install chromium" >&2
    echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
    echo "" >&2
    exit 0
}

command -v apt-get >/dev/null || warn "no apt-get on this machine"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        SUDO="sudo -n"
    else
        warn "not root and no password-less sudo"
    fi
fi

echo "Installing chromium from Debian's packages for the browser tests"
$SUDO apt-get update -qq || warn "apt-get update failed"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium \
    >/dev/null || warn "apt-get install chromium failed"
[ -x "$CHROMIUM" ] || warn "installed, but $CHROMIUM is still missing"
echo "chromium installed: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
