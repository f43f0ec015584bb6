#!/bin/sh
# A throwaway PostgreSQL 15 cluster for tests and benchmarks: a temporary folder, a random loopback port, TLS from a
# test CA made on the spot (ECDSA P-256: Ed25519 breaks SCRAM channel binding), the Unix socket inside the folder,
# and every statement logged (log_statement = all), so that the leak tests can read what the server saw.
#
#   eval "$(tests/support/pg-throwaway.sh start)"    # prints export lines: PD_PGDIR PGHOST PGPORT PGUSER ...
#   tests/support/pg-throwaway.sh stop "$PD_PGDIR"
#
# As root (CI), initdb and postgres refuse to run: they run under runuser as the unprivileged 'postgres' account
# (or 'nobody'). The owner role pd_owner's password is in $PD_PGDIR/pw and $PD_PGDIR/pgpass; the CA certificate the
# clients pin is $PD_PGDIR/ca.crt. Plain TCP connections are refused by pg_hba.conf; the owner may also use the socket.
set -eu
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}

start() {
    [ -x "$PGBIN/initdb" ] || {
        echo "pg-throwaway: $PGBIN/initdb is missing: install the Debian package postgresql-15" >&2
        exit 2
    }
    command -v openssl >/dev/null || { echo "pg-throwaway: openssl is missing: install the package openssl" >&2; exit 2; }
    DIR=$(mktemp -d "${TMPDIR:-/tmp}/pd-pg.XXXXXX")
    RUN=""
    OSUSER=$(id -un)
    if [ "$(id -u)" = 0 ]; then
        OSUSER=${PD_PG_OS_USER:-postgres}
        id "$OSUSER" >/dev/null 2>&1 || OSUSER=nobody
        RUN="runuser -u $OSUSER --"
    fi
    chmod 700 "$DIR"
    # Written to a file: a process substitution's descriptor is not readable by the account runuser switches to.
    head -c 24 /dev/urandom | base64 | tr -d '/+=' >"$DIR/pw"

    (
        cd "$DIR"
        openssl req -x509 -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -keyout ca.key -out ca.crt \
            -days 2 -subj "/CN=PeerDesk test CA" >/dev/null 2>&1
        openssl req -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -keyout server.key -out server.csr \
            -subj "/CN=127.0.0.1" >/dev/null 2>&1
        printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' >san.ext
        openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out server.crt -days 2 \
            -extfile san.ext >/dev/null 2>&1
        # A second CA that signed nothing of this server's: a client pinning it must refuse the connection.
        openssl req -x509 -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -keyout other-ca.key \
            -out other-ca.crt -days 2 -subj "/CN=Someone else's CA" >/dev/null 2>&1
        rm -f server.csr san.ext ca.srl
    )
    [ -z "$RUN" ] || chown -R "$OSUSER" "$DIR"

    $RUN "$PGBIN/initdb" -D "$DIR/data" -U pd_owner --pwfile="$DIR/pw" --auth-local=scram-sha-256 \
        --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync >"$DIR/initdb.log" 2>&1 || {
        cat "$DIR/initdb.log" >&2
        exit 1
    }
    $RUN cp "$DIR/server.crt" "$DIR/server.key" "$DIR/ca.crt" "$DIR/data/"
    $RUN chmod 600 "$DIR/data/server.key"
    cat >>"$DIR/data/postgresql.conf" <<'CONF'
ssl = on
ssl_cert_file = 'server.crt'
ssl_key_file = 'server.key'
ssl_ca_file = 'ca.crt'
ssl_min_protocol_version = 'TLSv1.3'
password_encryption = 'scram-sha-256'
log_statement = 'all'
log_min_error_statement = 'error'
log_connections = on
# The leak test scans the WAL its own work wrote: keep enough that a whole run's worth is never recycled under it.
wal_keep_size = '1GB'
max_wal_size = '2GB'
CONF
    cat >"$DIR/data/pg_hba.conf" <<'HBA'
# TYPE    DATABASE USER  ADDRESS        METHOD
local     all      all                  scram-sha-256
hostssl   all      all   127.0.0.1/32   scram-sha-256
hostnossl all      all   0.0.0.0/0      reject
HBA
    # The kernel picks a free port; another process may take it before the server does, so try again.
    started=no
    for try in 1 2 3; do
        PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
        if $RUN "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 \
            -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off" \
            start >/dev/null 2>&1; then
            started=yes
            break
        fi
    done
    if [ $started != yes ]; then
        cat "$DIR/server.log" >&2 2>/dev/null || true
        echo "pg-throwaway: the server did not start" >&2
        exit 1
    fi
    printf '127.0.0.1:%s:*:pd_owner:%s\n' "$PORT" "$(cat "$DIR/pw")" >"$DIR/pgpass"
    chmod 600 "$DIR/pgpass"
    [ -z "$RUN" ] || chmod 755 "$DIR" # the tests (root) read server.log and pg_wal; the server owns them
    echo "export PD_PGDIR=$DIR PGHOST=127.0.0.1 PGPORT=$PORT PGUSER=pd_owner PGDATABASE=postgres" \
        "PGPASSFILE=$DIR/pgpass PGSSLMODE=verify-full PGSSLROOTCERT=$DIR/ca.crt"
}

stop() {
    DIR=$1
    [ -d "$DIR/data" ] || exit 0
    RUN=""
    [ "$(id -u)" = 0 ] && RUN="runuser -u $(stat -c %U "$DIR/data") --"
    $RUN "$PGBIN/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$DIR"
}

case "${1:-start}" in
start) start ;;
stop) stop "${2:?usage: pg-throwaway.sh stop DIR}" ;;
*)
    echo "usage: pg-throwaway.sh start | stop DIR" >&2
    exit 2
    ;;
esac
