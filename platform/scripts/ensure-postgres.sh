#!/usr/bin/env bash
# Make sure a PostgreSQL server answers on 127.0.0.1:5432: start the local cluster if it is
# stopped, install it from Debian's packages if it is missing. Safe to run again and again.
set -euo pipefail
HOST=${PGHOST:-127.0.0.1}
PORT=${PGPORT:-5432}

ready() { command -v pg_isready >/dev/null && pg_isready -q -h "$HOST" -p "$PORT"; }

if ready; then
    echo "PostgreSQL is running on $HOST:$PORT"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

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
