#!/usr/bin/env bash
# Peak resident memory of `taizhou-metrics panel` per panel row (issue 6: at most 32 bytes a row at 500,000 firms).
#
#   benchmarks/peak-memory.sh [FILE.parquet|FILE.csv] [RUNS]
#
# FILE defaults to the 500,000-firm Parquet file the panel benchmarks write to $TMPDIR/tzm-panel-bench/ (run
# `TZM_PANEL_FIRMS=500000 dotnet run -c Release --project benchmarks/Taizhou.Metrics.Benchmarks -- --filter
# '*PanelBenchmarks*' --anyCategories LoadParquet --job dry` once to write it). Builds the tool in Release, then runs
# it RUNS times (default 2) with and without --enterprise-yoy under GNU time and prints the maximum resident set
# size of each run and what it is per row of the panel.
set -euo pipefail
cd "$(dirname "$0")/.."
file="${1:-${TMPDIR:-/tmp}/tzm-panel-bench/panel-500000-20180601.parquet}"
runs="${2:-2}"
[[ -f "$file" ]] || { echo "peak-memory: no file $file" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "peak-memory: needs GNU time (/usr/bin/time)" >&2; exit 2; }
dotnet build -c Release -v q --nologo src/Taizhou.Metrics.Cli >/dev/null
tool=src/Taizhou.Metrics.Cli/bin/Release/net10.0/taizhou-metrics.dll
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for flags in "" "--enterprise-yoy"; do
  for ((r = 1; r <= runs; r++)); do
    /usr/bin/time -f '%M %e' -o "$out/time" dotnet "$tool" panel --input "$file" --output "$out/result" $flags >"$out/stdout" 2>/dev/null
    read -r kb seconds <"$out/time"
    rows="$(grep -o '[0-9,]* rows' "$out/stdout" | head -1 | tr -d ', rows')"
    awk -v kb="$kb" -v rows="$rows" -v s="$seconds" -v f="${flags:-(cluster metrics only)}" \
      'BEGIN { printf "%-26s %'"'"'12d KB peak  %6.2f B/row  %6.1f s  (%d rows)\n", f, kb, kb * 1024 / rows, s, rows }'
  done
done
