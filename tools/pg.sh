#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for tests and trials: nothing of it
# outlives the command, and it never touches a server already running.
#
#   tools/pg.sh run CMD [ARG...]   start a cluster, run CMD with
#                                  SITREP_TEST_POSTGRES set to its DSN, stop it
#   tools/pg.sh start DIR          start a cluster in DIR, print its DSN
#   tools/pg.sh stop DIR           stop the cluster in DIR and delete DIR
#
# The cluster listens on 127.0.0.1 only, on a free port, with trust
# authentication (fine for a loopback test server, never for a real one).
# Run as root, the server runs as the postgres user, as initdb requires.
set -euo pipefail

bindir() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && { echo "$d"; return; }
  done
  command -v initdb >/dev/null && { dirname "$(command -v initdb)"; return; }
  echo "pg.sh: no PostgreSQL server found; install Debian's postgresql package" >&2
  exit 1
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
  local dir=$1 bin port
  bin=$(bindir)
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  port=$(free_port)
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null ||
    { cat "$dir/server.log" >&2; exit 1; }
  echo "postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable"
}

stop() {
  local dir=$1
  [ -d "$dir/data" ] && as_owner "$(bindir)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
start) start "$2" ;;
stop) stop "$2" ;;
run)
  shift
  dir=$(mktemp -d /tmp/sitrep-pg.XXXXXX)
  trap 'stop "$dir"' EXIT
  SITREP_TEST_POSTGRES=$(start "$dir")
  export SITREP_TEST_POSTGRES
  echo "pg.sh: PostgreSQL on ${SITREP_TEST_POSTGRES}" >&2
  "$@"
  ;;
*)
  sed -n '2,12p' "$0" >&2
  exit 2
  ;;
esac
