#!/usr/bin/env bash
# CTest's check that the several-coordinators benchmark still runs (not a measurement): a tiny demo vault, three
# coordinators for two seconds on the run's throwaway PostgreSQL cluster, and every operation in the table.
#   smoke-server.sh CLI BENCH_DIR CLUSTER_ENV_FILE
set -euo pipefail
cli=$1 bench=$2 cluster=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(umask 077 && printf 'violet harbour lantern 42 quietly\n' >"$work/passphrase.txt")
vault="$work/program-vault"
"$cli" --vault "$vault" --user admin --passphrase-file "$work/passphrase.txt" init --display-name "Bench Administrator" \
    --kdf-ops 1 --kdf-mem-mib 8 >/dev/null
"$cli" --vault "$vault" --user admin --passphrase-file "$work/passphrase.txt" demo --supporters 20 --requests 150 \
    --years 1 >/dev/null
table=$("$bench/peerdesk-bench-coordinators" --vault "$vault" --passphrase-file "$work/passphrase.txt" \
    --server-env "$cluster" --coordinators 3 --seconds 2)
printf '%s\n' "$table"
for operation in dashboard request_list_first_page request_opened request_edited live_refresh; do
    grep -q "^| $operation | [1-9]" <<<"$table" || { echo "no $operation measured" >&2; exit 1; }
done
