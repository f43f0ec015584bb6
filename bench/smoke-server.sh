#!/usr/bin/env bash
# CTest's check that the several-coordinators benchmark still runs (not a measurement): a tiny demo vault, three
# coordinators for two seconds on the run's throwaway PostgreSQL cluster, and every operation in the table.
#   smoke-server.sh CLI BENCH_DIR CLUSTER_ENV_FILE
set -euo pipefail
cli=$1 bench=$2 cluster=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shellcheck source=bench/smoke-vault.sh
. "$(dirname "$0")/smoke-vault.sh"
table=$("$bench/peerdesk-bench-coordinators" --vault "$vault" --passphrase-file "$work/passphrase.txt" \
    --server-env "$cluster" --coordinators 3 --seconds 2)
printf '%s\n' "$table"
for operation in dashboard request_list_first_page request_opened request_edited live_refresh; do
    grep -q "^| $operation | [1-9]" <<<"$table" || { echo "no $operation measured" >&2; exit 1; }
done
