#!/usr/bin/env bash
# The bundled search engine: one OpenSearch node (platform/search-engine, a Maven project with a
# small Java main) for `make run`, `make search-engine`, the test suite and the benchmark.
# Production points ELASTICSEARCH_URL at a real cluster instead (docs/search.md).
#
#   start-search-engine.sh check             exit 0 if a JDK 17+ and Maven are here, else say
#                                            what is missing (one line) and exit 1
#   start-search-engine.sh build             build it if the pom or the Java source changed
#                                            (cached in platform/search-engine/target/)
#   start-search-engine.sh start [OWNER]     build if needed, start in the background on
#                                            127.0.0.1 and wait until the cluster is healthy;
#                                            with OWNER (a pid) it also stops when that
#                                            process ends. Writes HOME/{url,pid,version}
#   start-search-engine.sh stop              stop the node started above (by its pid) and wait
#                                            until it has exited
#   start-search-engine.sh run CMD...        start it, export ELASTICSEARCH_URL and
#                                            ELASTICSEARCH_COMPAT=opensearch, bring the index up
#                                            rebuild the index, run CMD in the foreground and stop the node
#                                            when CMD exits (Ctrl+C included). Without a JDK or
#                                            Maven, says why and runs CMD on the database backend.
#
# Environment: SEARCH_ENGINE_HOME (default var/search-engine: data, logs, url and pid files),
# SEARCH_ENGINE_PORT (default 0: any free port), SEARCH_ENGINE_HEAP (default 512m),
# SEARCH_ENGINE_JAVA_OPTS (more JVM options; the test suite passes quick-start ones),
# JAVA_HOME (a JDK 17 or later; found under /usr/lib/jvm otherwise).
# With ELASTICSEARCH_URL already set, `run` starts nothing: it syncs that engine and runs CMD.
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD

PYTHON=${PYTHON:-.venv/bin/python}
PROJECT=platform/search-engine
TARGET=$PROJECT/target
JAR=$TARGET/search-engine.jar
STAMP=$TARGET/.built-from
HOME_DIR=${SEARCH_ENGINE_HOME:-var/search-engine}
PORT=${SEARCH_ENGINE_PORT:-0}
HEAP=${SEARCH_ENGINE_HEAP:-512m}
START_TIMEOUT=${SEARCH_ENGINE_START_TIMEOUT:-180}
HOW_TO_GET="install a JDK 17+ and Maven (Debian: apt-get install openjdk-17-jdk-headless maven)"

say() { echo "Search engine: $*" >&2; }

java_major() {
    # The major version of the java binary $1 ("17"), or nothing.
    "$1" -XshowSettings:properties -version 2>&1 |
        sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

find_jdk() {
    # Sets JDK to a JDK home (with javac) of version 17 or later: JAVA_HOME, the java on PATH,
    # then /usr/lib/jvm/*. Returns 1 if there is none.
    local candidates=() home
    [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
    if command -v javac >/dev/null 2>&1; then
        candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
    fi
    for home in /usr/lib/jvm/*; do candidates+=("$home"); done
    for home in "${candidates[@]}"; do
        if [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ]; then
            local major
            major=$(java_major "$home/bin/java")
            if [ -n "$major" ] && [ "$major" -ge 17 ]; then
                JDK=$home
                return 0
            fi
        fi
    done
    return 1
}

check() {
    if ! find_jdk; then
        say "no JDK 17 or later found; $HOW_TO_GET."
        return 1
    fi
    if [ ! -f "$JAR" ] && ! command -v mvn >/dev/null 2>&1; then
        say "Maven (mvn) not found; $HOW_TO_GET."
        return 1
    fi
    return 0
}

source_hash() {
    find "$PROJECT/pom.xml" "$PROJECT/src" -type f -print0 | sort -z | xargs -0 cat | cksum |
        cut -d' ' -f1
}

build() {
    check || return 1
    mkdir -p "$TARGET" var
    # One build at a time (two test runs may start together).
    exec 9>"$TARGET/.build.lock"
    flock 9
    local hash
    hash=$(source_hash)
    if [ -f "$JAR" ] && [ -d "$TARGET/lib" ] && [ "$(cat "$STAMP" 2>/dev/null)" = "$hash" ]; then
        flock -u 9
        return 0
    fi
    say "building platform/search-engine with Maven (once; a first build downloads OpenSearch's jars)"
    local log=$ROOT/var/search-engine-build.log
    rm -rf "$TARGET/lib" "$JAR"
    # Offline first (quick when ~/.m2 already has everything), then with the registry.
    if ! (cd "$PROJECT" && JAVA_HOME=$JDK mvn -B -q -o package >"$log" 2>&1) &&
        ! (cd "$PROJECT" && JAVA_HOME=$JDK mvn -B -q package >>"$log" 2>&1); then
        flock -u 9
        say "the Maven build failed; see var/search-engine-build.log."
        tail -n 20 "$log" >&2
        return 1
    fi
    echo "$hash" >"$STAMP"
    flock -u 9
}

engine_pid() {
    # The pid in HOME/pid if that process is still our node (the pid may have been reused).
    local pid
    pid=$(cat "$HOME_DIR/pid" 2>/dev/null) || return 1
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null &&
        grep -q "uk.nhs.sharedlearning.searchengine\|search-engine.jar" "/proc/$pid/cmdline" 2>/dev/null &&
        echo "$pid"
}

healthy() {
    # The cluster answers and its status is green or yellow.
    "$PYTHON" - "$1" <<'EOF'
import json, sys, urllib.request
try:
    with urllib.request.urlopen(sys.argv[1] + "/_cluster/health", timeout=2) as response:
        status = json.load(response)["status"]
except Exception:
    sys.exit(1)
sys.exit(0 if status in ("green", "yellow") else 1)
EOF
}

start() {
    # $1 (optional): a pid; the node stops by itself when that process is gone.
    local owner=${1:-0}
    if pid=$(engine_pid); then
        say "already running on $(cat "$HOME_DIR/url"), pid $pid"
        return 0
    fi
    build || return 1
    mkdir -p "$HOME_DIR/logs"
    rm -f "$HOME_DIR/url" "$HOME_DIR/pid" "$HOME_DIR/version"
    local log=$HOME_DIR/logs/engine.log
    # -Xss and the flags OpenSearch's own jvm.options sets for a node.
    "$JDK/bin/java" -Xms"$HEAP" -Xmx"$HEAP" -XX:+UseG1GC -Xss1m \
        -Djava.awt.headless=true -Dfile.encoding=UTF-8 -Djna.nosys=true \
        -Dio.netty.noUnsafe=true -Dio.netty.noKeySetOptimization=true \
        -Dio.netty.recycler.maxCapacityPerThread=0 -Dlog4j.shutdownHookEnabled=false \
        -Dlog4j2.disable.jmx=true -Dopensearch.networkaddress.cache.ttl=60 \
        -XX:ErrorFile="$HOME_DIR/logs/hs_err_pid%p.log" ${SEARCH_ENGINE_JAVA_OPTS:-} \
        -jar "$JAR" "$HOME_DIR" "$PORT" "$owner" </dev/null >"$log" 2>&1 &
    local pid=$!
    echo "$pid" >"$HOME_DIR/pid"
    local line="" url="" waited=0 limit=$((START_TIMEOUT * 10))
    while [ "$waited" -lt "$limit" ]; do
        if ! kill -0 "$pid" 2>/dev/null; then
            rm -f "$HOME_DIR/pid"
            say "the node exited while starting; see $log:"
            grep -E "ERROR|Exception" "$log" | head -n 5 >&2
            return 1
        fi
        if [ -z "$url" ]; then
            line=$(grep -m 1 '^{"url":' "$log" 2>/dev/null)
            url=$(sed -n 's/.*"url":"\([^"]*\)".*/\1/p' <<<"$line")
        fi
        if [ -n "$url" ] && healthy "$url"; then
            echo "$url" >"$HOME_DIR/url"
            sed -n 's/.*"version":"\([^"]*\)".*/\1/p' <<<"$line" >"$HOME_DIR/version"
            STARTED_PID=$pid
            echo "Search engine: OpenSearch $(cat "$HOME_DIR/version") on $url, pid $pid (heap $HEAP, data in $HOME_DIR)"
            return 0
        fi
        sleep 0.1
        waited=$((waited + 1))
    done
    say "no healthy cluster within ${START_TIMEOUT} s; see $log."
    stop quiet
    return 1
}

stop() {
    # The node this script started, else the one HOME/pid names; waits until it has exited.
    local pid=${STARTED_PID:-}
    [ -z "$pid" ] && pid=$(engine_pid)
    if [ -z "$pid" ]; then
        rm -f "$HOME_DIR/pid" "$HOME_DIR/url"
        return 0
    fi
    kill -TERM "$pid" 2>/dev/null
    local waited=0
    while kill -0 "$pid" 2>/dev/null && [ "$waited" -lt 300 ]; do
        sleep 0.1
        waited=$((waited + 1))
    done
    if kill -0 "$pid" 2>/dev/null; then
        say "pid $pid did not stop within 30 s; killing it"
        kill -KILL "$pid" 2>/dev/null
    fi
    rm -f "$HOME_DIR/pid" "$HOME_DIR/url"
    [ "${1:-}" = quiet ] || echo "Search engine: stopped"
}

run() {
    if [ -n "${ELASTICSEARCH_URL:-}" ]; then
        echo "Search engine: using ELASTICSEARCH_URL=$ELASTICSEARCH_URL"
        "$PYTHON" manage.py search_index sync || echo "Search engine: sync failed; searches use the database until it answers."
        "$@"
        return $?
    fi
    if ! check 2>/dev/null; then
        echo "Search engine: not started ($(check 2>&1 | sed 's/^Search engine: //')); searching with the database backend."
        "$PYTHON" manage.py search_index rebuild --database-only
        "$@"
        return $?
    fi
    if start $$; then
        export ELASTICSEARCH_URL ELASTICSEARCH_COMPAT=opensearch
        ELASTICSEARCH_URL=$(cat "$HOME_DIR/url")
        trap 'stop' EXIT
        trap 'exit 130' INT TERM
        # The node keeps its data under var/, but the database may have been replaced since
        # the last run: a rebuild from the database index takes seconds for the demo content.
        if ! "$PYTHON" manage.py search_index rebuild; then
            echo "Search engine: the index rebuild failed; searches use the database index."
        fi
    else
        echo "Search engine: not started (see above); searching with the database backend."
        "$PYTHON" manage.py search_index rebuild --database-only
    fi
    "$@"
}

case "${1:-}" in
    check) check ;;
    build) build ;;
    start) start "${2:-}" ;;
    stop) stop ;;
    run) shift; run "$@" ;;
    *) echo "usage: $0 check | build | start [owner-pid] | stop | run CMD..." >&2; exit 2 ;;
esac
