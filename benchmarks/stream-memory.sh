#!/usr/bin/env bash
# Peak resident memory and wall time of `taizhou-metrics panel` in memory and with --stream (issue 14: panels larger
# than memory), with and without --enterprise-yoy, and whether the two modes write the same files.
#
#   benchmarks/stream-memory.sh [FILE.parquet|FILE.csv]
#
# FILE defaults to the 1,000,000-firm Parquet file $TMPDIR/tzm-panel-bench/panel-1000000-20180601.parquet (write it
# with the benchmarks' generator: SyntheticPanel.Generate(1_000_000, 120, withCents: false, seed: 20180601) and
# PanelWriter.WriteParquet, as PanelBenchmarks does for TZM_PANEL_FIRMS=1000000). Builds the tool in Release, then runs
# each mode once under GNU time and prints the peak RSS, the bytes per row and the seconds, then compares the outputs.
set -euo pipefail
cd "$(dirname "$0")/.."
file="${1:-${TMPDIR:-/tmp}/tzm-panel-bench/panel-1000000-20180601.parquet}"
[[ -f "$file" ]] || { echo "stream-memory: no file $file" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "stream-memory: needs GNU time (/usr/bin/time)" >&2; exit 2; }
dotnet build -c Release -v q --nologo src/Taizhou.Metrics.Cli >/dev/null
tool=src/Taizhou.Metrics.Cli/bin/Release/net10.0/taizhou-metrics.dll
out="$(mktemp -d "${TMPDIR:-/tmp}/tzm-stream.XXXXXX")"
trap 'rm -rf "$out"' EXIT
for yoy in "" "--enterprise-yoy"; do
  for mode in memory stream; do
    flags="$yoy"
    [[ $mode == stream ]] && flags="$flags --stream"
    /usr/bin/time -f '%M %e' -o "$out/time" dotnet "$tool" panel --input "$file" --output "$out/$mode" $flags >"$out/stdout" 2>/dev/null
    read -r kb seconds <"$out/time"
    rows="$(grep -o '[0-9,]* rows' "$out/stdout" | head -1 | tr -d ', rows')"
    awk -v kb="$kb" -v rows="$rows" -v s="$seconds" -v f="$mode ${yoy:-(cluster metrics only)}" \
      'BEGIN { printf "%-40s %'"'"'12d KB peak  %6.2f B/row  %6.1f s  (%d rows)\n", f, kb, kb * 1024 / rows, s, rows }'
  done
  for f in cluster_metrics.csv enterprise_yoy.csv manifest.json; do
    if [[ -f "$out/memory/$f" ]]; then
      cmp -s "$out/memory/$f" "$out/stream/$f" && echo "  $f: identical" || echo "  $f: DIFFERENT"
    fi
  done
  rm -rf "$out/memory" "$out/stream"
done
