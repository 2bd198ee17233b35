#!/usr/bin/env bash
# Make sure a PostgreSQL server answers on 127.0.0.1:5432: start the local cluster if it is
# stopped, install it from Debian's packages if it is missing. Safe to run again and again.
set -euo pipefail
HOST=${PGHOST:-127.0.0.1}
PORT=${PGPORT:-5432}

ready() { command -v pg_isready >/dev/null && pg_isready -q -h "$HOST" -p "$PORT"; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# The local cluster this script looks after holds only throwaway data (test databases, the
# demo), so it runs without crash safety: no fsync, no waiting for the WAL on commit, no full
# page images. Migrations and the test databases' set-up commit hundreds of times; on CI's disk
# each commit waited for a flush. A crash may lose or corrupt this cluster's data, which
# `make test` recreates anyway. Never point this script at a server that holds real data.
TUNING_NAME=nhs-learning-test.conf
tune() {
    local version=$1
    local dir="/etc/postgresql/$version/main/conf.d"
    [ -d "$dir" ] || return 0
    if [ ! -f "$dir/$TUNING_NAME" ]; then
        printf '%s\n' \
            "# Written by platform/scripts/ensure-postgres.sh: a CI/development cluster only." \
            "fsync = off" "synchronous_commit = off" "full_page_writes = off" \
            | $SUDO tee "$dir/$TUNING_NAME" >/dev/null
        echo "PostgreSQL $version: durability off for tests ($dir/$TUNING_NAME)"
    fi
}

if ready; then
    if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
        running=$(ls /etc/postgresql | sort -V | tail -n 1)
        if [ -n "$running" ] && [ ! -f "/etc/postgresql/$running/main/conf.d/$TUNING_NAME" ]; then
            tune "$running"
            # All three settings take effect on a reload: no restart, no dropped connections.
            $SUDO pg_ctlcluster --skip-systemctl-redirect "$running" main reload \
                || $SUDO pg_ctlcluster "$running" main reload
        fi
    fi
    echo "PostgreSQL is running on $HOST:$PORT"
    exit 0
fi

if ! command -v pg_ctlcluster >/dev/null; then
    echo "Installing PostgreSQL from Debian packages"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
fi

version=$(ls /etc/postgresql | sort -V | tail -n 1)
if [ -z "$version" ]; then
    echo "No PostgreSQL cluster found after installation" >&2
    exit 1
fi
# Trust local TCP connections from loopback, as the test run connects without a password.
hba="/etc/postgresql/$version/main/pg_hba.conf"
if ! grep -q "nhs-learning-ci" "$hba"; then
    $SUDO sed -i '1i host all all 127.0.0.1/32 trust # nhs-learning-ci\nhost all all ::1/128 trust # nhs-learning-ci' "$hba"
fi
tune "$version"
$SUDO pg_ctlcluster --skip-systemctl-redirect "$version" main start || $SUDO pg_ctlcluster "$version" main restart
for _ in $(seq 1 30); do
    if ready; then
        echo "PostgreSQL $version started on $HOST:$PORT"
        exit 0
    fi
    sleep 1
done
echo "PostgreSQL did not start on $HOST:$PORT" >&2
exit 1
