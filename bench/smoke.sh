#!/usr/bin/env bash
# CTest's check that the benchmarks still run (not a measurement): a tiny demo vault, every benchmark program
# once with the shortest runs, and the report with a number in every row.
#   smoke.sh CLI BENCH_DIR REPORT_SCRIPT
set -euo pipefail
cli=$1 bench=$2 report=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shellcheck source=bench/smoke-vault.sh
. "$(dirname "$0")/smoke-vault.sh"
fast=(--benchmark_min_time=0.001)
"$bench/peerdesk-bench" --vault "$vault" --passphrase-file "$work/passphrase.txt" "${fast[@]}" \
    --benchmark_filter=-kdf_default_cost --write-percent 5 --benchmark_out_format=json --benchmark_out="$work/program-services.json" >/dev/null
"$bench/peerdesk-bench-driver" --vault "$vault" --passphrase-file "$work/passphrase.txt" --plain-out "$work/plain.db" \
    "${fast[@]}" --benchmark_out_format=json --benchmark_out="$work/program-driver.json" >/dev/null
if [[ -x $bench/peerdesk-bench-qsqlite ]]; then
    "$bench/peerdesk-bench-qsqlite" --database "$work/plain.db" "${fast[@]}" --benchmark_out_format=json \
        --benchmark_out="$work/program-qsqlite.json" >/dev/null
fi
QT_QPA_PLATFORM=offscreen "$bench/peerdesk-bench-gui" --vault "$vault" --passphrase-file "$work/passphrase.txt" \
    --pages 5 >"$work/program-gui.json" 2>/dev/null
table=$(python3 "$report" "$work" program)
printf '%s\n' "$table"
if grep -q -e 'error:' -e 'not measured' <<<"$table"; then
    echo "a benchmark failed or was not measured" >&2
    exit 1
fi
