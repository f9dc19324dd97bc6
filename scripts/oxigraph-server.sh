#!/usr/bin/env bash
# Start or stop an Oxigraph SPARQL server on 127.0.0.1 (the `oxigraph` binary from PyPI).
#   scripts/oxigraph-server.sh start DIR [PORT]   # prints the base URL once it answers
#   scripts/oxigraph-server.sh stop DIR
# Endpoints: /query, /update, /store (Graph Store Protocol).
set -euo pipefail
cmd=${1:?start|stop}; dir=${2:?folder}; port=${3:-7878}
here=$(cd "$(dirname "$0")/.." && pwd)
bin=$(command -v oxigraph || echo "$here/.venv/bin/oxigraph")
case "$cmd" in
  start)
    mkdir -p "$dir"
    # The default graph is the union of the named graphs, as on the embedded store.
    "$bin" serve --location "$dir/data" --bind "127.0.0.1:$port" --union-default-graph >"$dir/server.log" 2>&1 &
    echo $! >"$dir/pid"
    for _ in $(seq 1 100); do
      if python3 -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:$port/query?query=ASK%7B%7D', timeout=1)" 2>/dev/null; then
        echo "http://127.0.0.1:$port"; exit 0
      fi
      kill -0 "$(cat "$dir/pid")" 2>/dev/null || { cat "$dir/server.log" >&2; exit 1; }
      sleep 0.1
    done
    echo "oxigraph did not answer on port $port; see $dir/server.log" >&2; exit 1 ;;
  stop)
    [ -f "$dir/pid" ] && kill "$(cat "$dir/pid")" 2>/dev/null || true
    rm -f "$dir/pid" ;;
  *) echo "usage: $0 start|stop DIR [PORT]" >&2; exit 2 ;;
esac
