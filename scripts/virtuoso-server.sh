#!/usr/bin/env bash
# Start or stop Virtuoso 7 (Debian's virtuoso-opensource-7-bin) on 127.0.0.1, with every file
# inside DIR. A fresh database has the user dba/dba.
#   scripts/virtuoso-server.sh start DIR [HTTP_PORT] [SQL_PORT] [MAX_ROWS]   # prints the base URL
#   scripts/virtuoso-server.sh stop DIR
# Endpoints: /sparql (query), /sparql-graph-crud-auth?graph=IRI (Graph Store Protocol, digest).
set -euo pipefail
cmd=${1:?start|stop}; dir=${2:?folder}; http=${3:-8890}; sql=${4:-1111}; maxrows=${5:-10000}
case "$cmd" in
  start)
    command -v virtuoso-t >/dev/null || { echo "install it: apt-get install -y virtuoso-opensource-7-bin" >&2; exit 3; }
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    cat >"$dir/virtuoso.ini" <<INI
[Database]
DatabaseFile = $dir/virtuoso.db
ErrorLogFile = $dir/virtuoso.log
LockFile = $dir/virtuoso.lck
TransactionFile = $dir/virtuoso.trx
xa_persistent_file = $dir/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = $dir/virtuoso-temp.db
TransactionFile = $dir/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:$sql
ServerThreads = 10
CheckpointInterval = 60
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
DirsAllowed = ., $dir
TransactionAfterImageLimit = 50000000

[HTTPServer]
ServerPort = 127.0.0.1:$http
ServerRoot = $dir
ServerThreads = 10
MaxClientConnections = 10
MaxKeepAlives = 10
EnabledDavVSP = 0
HTTPProxyEnabled = 0

[SPARQL]
ResultSetMaxRows = $maxrows
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime = 60
DefaultGraph =
INI
    (cd "$dir" && exec virtuoso-t +foreground +configfile "$dir/virtuoso.ini" >"$dir/server.out" 2>&1) &
    echo $! >"$dir/pid"
    for _ in $(seq 1 600); do
      if python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$http/sparql?query=ASK%7B%7D', timeout=1)" 2>/dev/null; then
        echo "http://127.0.0.1:$http"; exit 0
      fi
      kill -0 "$(cat "$dir/pid")" 2>/dev/null || { tail -20 "$dir/virtuoso.log" "$dir/server.out" >&2; exit 1; }
      sleep 0.1
    done
    echo "virtuoso did not answer on port $http; see $dir/virtuoso.log" >&2; exit 1 ;;
  stop)
    if [ -f "$dir/pid" ]; then
      pid=$(cat "$dir/pid"); kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null || true
      rm -f "$dir/pid"
    fi ;;
  *) echo "usage: $0 start|stop DIR [HTTP_PORT] [SQL_PORT] [MAX_ROWS]" >&2; exit 2 ;;
esac
