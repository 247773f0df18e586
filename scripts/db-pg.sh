#!/usr/bin/env bash
# npm run db:pg — a local PostgreSQL for Marsad's corpus (`--db postgres://…`) and its tests.
# Idempotent: every step checks first, so running it again changes nothing.
#
# What it does (Debian/Ubuntu; run as root or with sudo available):
#   1. installs PostgreSQL if `pg_ctlcluster` is missing        (apt-get install -y postgresql)
#   2. starts the first cluster if it is not running             (pg_ctlcluster <version> <name> start)
#   3. lets local TCP connections from 127.0.0.1 in without a password (trust), for development only
#   4. creates the databases `marsad` (your corpus) and `test` (the test suite)
# Then:  marsad ingest articles/ --db postgres://postgres@127.0.0.1:5432/marsad
#        MARSAD_REQUIRE_PG=1 npm test      (PostgreSQL tests fail instead of skipping)
# Elsewhere (macOS: brew install postgresql@16 && brew services start postgresql@16; Docker:
#   docker run -d -p 5432:5432 -e POSTGRES_HOST_AUTH_METHOD=trust postgres:16) create the two
#   databases with: createdb -h 127.0.0.1 -U postgres marsad; createdb -h 127.0.0.1 -U postgres test
set -euo pipefail

HOST=127.0.0.1
PORT="${PGPORT:-5432}"
DBS=(marsad test)

say() { printf 'db:pg: %s\n' "$*"; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
fi

reachable() { psql -h "$HOST" -p "$PORT" -U postgres -d postgres -Atqc 'select 1' >/dev/null 2>&1; }

if ! reachable; then
  # 1. install
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    if ! command -v apt-get >/dev/null 2>&1; then
      say "no PostgreSQL and no apt-get here: install PostgreSQL (see the comments at the top of $0) and run this again"
      exit 1
    fi
    say "installing PostgreSQL (apt-get install -y postgresql)…"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
  fi
  # 2. start the first cluster
  read -r VER NAME STATUS < <(pg_lsclusters --no-header | awk '{print $1, $2, $4; exit}')
  if [ -z "${VER:-}" ]; then
    say "creating a cluster…"
    VER="$(ls /usr/lib/postgresql | sort -V | tail -1)"; NAME=main
    $SUDO pg_createcluster "$VER" "$NAME" >/dev/null
    STATUS=down
  fi
  # 3. trust local TCP connections (development only)
  HBA="/etc/postgresql/$VER/$NAME/pg_hba.conf"
  if [ -f "$HBA" ] && ! $SUDO grep -q '^host all all 127.0.0.1/32 trust' "$HBA"; then
    say "allowing password-less connections from 127.0.0.1 in $HBA (development only; a backup is kept)"
    $SUDO cp "$HBA" "$HBA.marsad.bak"
    $SUDO sed -i '1i host all all 127.0.0.1/32 trust  # added by marsad scripts/db-pg.sh' "$HBA"
    [ "$STATUS" = online ] && $SUDO pg_ctlcluster "$VER" "$NAME" reload
  fi
  if [ "$STATUS" != online ]; then
    say "starting cluster $VER/$NAME…"
    $SUDO pg_ctlcluster "$VER" "$NAME" start
  fi
  for _ in $(seq 1 30); do reachable && break; sleep 0.5; done
  if ! reachable; then
    say "PostgreSQL does not answer at $HOST:$PORT as user postgres; see: pg_lsclusters, and the log in /var/log/postgresql/"
    exit 1
  fi
fi

# 4. databases
for db in "${DBS[@]}"; do
  if [ "$(psql -h "$HOST" -p "$PORT" -U postgres -d postgres -Atqc "select 1 from pg_database where datname = '$db'")" != 1 ]; then
    psql -h "$HOST" -p "$PORT" -U postgres -d postgres -qc "create database $db" && say "created database $db"
  fi
done
say "ready: postgres://postgres@$HOST:$PORT/marsad (corpus), postgres://postgres@$HOST:$PORT/test (tests)"
