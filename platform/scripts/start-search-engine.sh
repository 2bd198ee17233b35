#!/usr/bin/env bash
# The bundled search engine for local runs: osmem-server (in-memory, Elasticsearch-compatible,
# from the osmem-server package on PyPI). Development and demos only; production sets
# ELASTICSEARCH_URL to a real cluster.
#
#   start-search-engine.sh start [PID]  start in the background on 127.0.0.1 (9201 or the next
#                                       free port), until `stop` (or until process PID ends);
#                                       writes var/search-engine.{url,pid,log}
#   start-search-engine.sh stop         stop the engine started above
#   start-search-engine.sh run CMD...   start it, export ELASTICSEARCH_URL and
#                                       ELASTICSEARCH_COMPAT=osmem, rebuild the search index,
#                                       run CMD in the foreground and stop the engine when CMD
#                                       exits (Ctrl+C included). If the engine cannot start,
#                                       says so and runs CMD with the database backend.
#
# With ELASTICSEARCH_URL already set, `run` starts nothing: it syncs that engine and runs CMD.
# The engine keeps everything in memory, so each `run` rebuilds the index (seconds for demo
# content). It also exits by itself when the process that started it goes away.
set -uo pipefail
cd "$(dirname "$0")/../.."

PYTHON=${PYTHON:-.venv/bin/python}
VAR=var
PORT=${SEARCH_ENGINE_PORT:-9201}
URL_FILE=$VAR/search-engine.url
PID_FILE=$VAR/search-engine.pid
LOG_FILE=$VAR/search-engine.log

port_is_free() {
    "$PYTHON" - "$1" <<'EOF'
import socket, sys
with socket.socket() as s:
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the engine binds
    try:
        s.bind(("127.0.0.1", int(sys.argv[1])))
    except OSError:
        sys.exit(1)
EOF
}

start() {
    # $1 (optional): a process id; the engine exits by itself when that process is gone.
    local owner_args=()
    [ -n "${1:-}" ] && owner_args=(--parent-pid "$1")
    mkdir -p "$VAR"
    local binary
    if ! binary=$("$PYTHON" -c 'from osmem_server import resolve_binary; print(resolve_binary())' 2>/dev/null); then
        echo "Search engine: the osmem-server package is not installed (make install)." >&2
        return 1
    fi
    local port=$PORT tries=0
    until port_is_free "$port"; do
        port=$((port + 1)) tries=$((tries + 1))
        if [ "$tries" -ge 20 ]; then
            echo "Search engine: no free port from $PORT to $port." >&2
            return 1
        fi
    done
    "$binary" --addr "127.0.0.1:$port" --no-stdin-watch --no-ja "${owner_args[@]}" \
        </dev/null >"$LOG_FILE" 2>&1 &
    local pid=$!
    local url="" waited=0
    while [ -z "$url" ] && [ "$waited" -lt 100 ]; do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "Search engine: osmem-server exited at start; see $LOG_FILE." >&2
            return 1
        fi
        url=$(sed -n 's/.*"url":"\([^"]*\)".*/\1/p' "$LOG_FILE" | head -n 1)
        [ -z "$url" ] && sleep 0.1 && waited=$((waited + 1))
    done
    if [ -z "$url" ]; then
        kill "$pid" 2>/dev/null
        echo "Search engine: osmem-server did not answer within 10 s; see $LOG_FILE." >&2
        return 1
    fi
    STARTED_PID=$pid
    echo "$pid" >"$PID_FILE"
    echo "$url" >"$URL_FILE"
    echo "Search engine: osmem-server (in memory) on $url, pid $pid"
}

stop() {
    # The engine this script started, else the one var/search-engine.pid names.
    local pid=${STARTED_PID:-}
    [ -z "$pid" ] && [ -f "$PID_FILE" ] && pid=$(cat "$PID_FILE")
    [ -z "$pid" ] && return 0
    # Only an osmem-server process: the pid may have been reused since.
    if kill -0 "$pid" 2>/dev/null && grep -q osmem-server "/proc/$pid/cmdline" 2>/dev/null; then
        kill "$pid" 2>/dev/null
    fi
    if [ "$(cat "$PID_FILE" 2>/dev/null)" = "$pid" ]; then
        rm -f "$PID_FILE" "$URL_FILE"
    fi
    [ "${1:-}" = quiet ] || echo "Search engine: stopped"
}

run() {
    if [ -n "${ELASTICSEARCH_URL:-}" ]; then
        echo "Search engine: using ELASTICSEARCH_URL=$ELASTICSEARCH_URL"
        "$PYTHON" manage.py search_index sync || echo "Search engine: sync failed; searches use the database until it answers."
        "$@"
        return $?
    fi
    if start $$; then
        export ELASTICSEARCH_URL ELASTICSEARCH_COMPAT=osmem
        ELASTICSEARCH_URL=$(cat "$URL_FILE")
        trap 'stop' EXIT
        trap 'exit 130' INT TERM
        if ! "$PYTHON" manage.py search_index rebuild; then
            echo "Search engine: the index rebuild failed; searches use the database index."
        fi
    else
        echo "Search engine: not started; searching with the database backend instead."
        "$PYTHON" manage.py search_index rebuild --database-only
    fi
    "$@"
}

case "${1:-}" in
    start) start "${2:-}" ;;
    stop) stop ;;
    run) shift; run "$@" ;;
    *) echo "usage: $0 start [owner-pid] | stop | run CMD..." >&2; exit 2 ;;
esac
