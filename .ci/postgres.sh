# Sourced by .ci/run: a throw-away PostgreSQL cluster for the SQL equality tests (@siae/sql).
# Installs Debian's server when missing (root only), runs initdb into a temp dir as the `postgres`
# user, listens on 127.0.0.1 at a free port and exports SIAE_PG_URL. `siae_pg_stop` (trap) stops it
# and removes the directory. Without a server the tests say they skipped PostgreSQL.
siae_pg_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    if [ -x "$d/postgres" ] && [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; fi
  done | sort -V | tail -n 1
}

siae_pg_start() {
  local bin
  bin="$(siae_pg_bin)"
  if [ -z "$bin" ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || true
    bin="$(siae_pg_bin)"
  fi
  if [ -z "$bin" ]; then
    echo "PostgreSQL server not found: the SQL equality tests will skip PostgreSQL." >&2
    return 0
  fi
  SIAE_PG_DIR="$(mktemp -d /tmp/siae-pg.XXXXXX)"
  local port run=()
  port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
  if [ "$(id -u)" = "0" ]; then
    chown postgres "$SIAE_PG_DIR"
    run=(runuser -u postgres --)
  fi
  if "${run[@]}" "$bin/initdb" -D "$SIAE_PG_DIR/data" -U siae --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null \
    && "${run[@]}" "$bin/pg_ctl" -D "$SIAE_PG_DIR/data" -l "$SIAE_PG_DIR/log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $SIAE_PG_DIR -c fsync=off" start >/dev/null; then
    export SIAE_PG_URL="postgresql://siae@127.0.0.1:$port/postgres"
    SIAE_PG_CTL=("${run[@]}" "$bin/pg_ctl" -D "$SIAE_PG_DIR/data")
    echo "PostgreSQL started for the SQL tests on 127.0.0.1:$port." >&2
  else
    echo "PostgreSQL could not be started: the SQL equality tests will skip PostgreSQL." >&2
    cat "$SIAE_PG_DIR/log" >&2 2>/dev/null || true
  fi
}

siae_pg_stop() {
  if [ -n "${SIAE_PG_CTL+x}" ]; then "${SIAE_PG_CTL[@]}" -m fast stop >/dev/null 2>&1 || true; fi
  if [ -n "${SIAE_PG_DIR:-}" ]; then rm -rf "$SIAE_PG_DIR"; fi
}
