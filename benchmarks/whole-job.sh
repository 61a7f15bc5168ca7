#!/usr/bin/env bash
# The whole panel job, start to exit, of `taizhou-metrics panel` against DuckDB doing the same job in one process
# (issue 14): wall time and peak resident memory of each process, medians of RUNS runs, as a Markdown table.
#
#   benchmarks/whole-job.sh [FIRMS] [RUNS] [JOBS]
#
#   FIRMS  panel size in firms (default 500000: 49.4 M rows); the Parquet and CSV panels are the benchmarks'
#          ($TMPDIR/tzm-panel-bench/panel-FIRMS-20180601.parquet|csv), generated with the benchmarks' generator
#          (SyntheticPanel.cs, a BenchmarkDotNet dry run of PanelBenchmarks) when absent
#   RUNS   runs of each side per job (default 5), ours and DuckDB's alternately
#   JOBS   comma-separated, default all:
#            parquet                Parquet → cluster metrics (CSV)
#            csv                    CSV → cluster metrics (CSV)
#            parquet-firms          Parquet → cluster metrics + every firm's YoY (CSV)
#            parquet-firms-parquet  the same, both sides writing Parquet (skipped, with a note, when this
#                                   taizhou-metrics has no --output-format)
#
# Our side is the tool built in Release (`dotnet taizhou-metrics.dll panel --input FILE --output DIR [...]`); DuckDB's
# is benchmarks/Taizhou.Metrics.DuckDbJob (`panel` with the same options): DuckDB.NET in one process creates the table
# from the file (read_parquet / read_csv with explicit columns) and COPYs the cluster query, and the per-firm query
# (window formulation), of benchmarks/Taizhou.Metrics.Benchmarks/DuckDbPanel.cs to CSV or Parquet. Each process runs
# under GNU time (`/usr/bin/time -f '%M %e'`). After the first run of each job the two cluster-metrics files are
# compared (same cells, values to 1e-9 relative, rates in percent on our side and as fractions on DuckDB's); a
# difference stops the script with exit 1. The input file is read once before a job's runs so that neither side pays
# for a cold page cache. Progress goes to standard error, the table to standard output.
set -euo pipefail
cd "$(dirname "$0")/.."
firms="${1:-500000}"
runs="${2:-5}"
jobs="${3:-parquet,csv,parquet-firms,parquet-firms-parquet}"
[[ "$firms" =~ ^[1-9][0-9]*$ ]] || { echo "whole-job: FIRMS must be a positive number, not $firms" >&2; exit 2; }
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "whole-job: RUNS must be a positive number, not $runs" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "whole-job: needs GNU time (/usr/bin/time)" >&2; exit 2; }
IFS=, read -r -a job_list <<<"$jobs"
for job in "${job_list[@]}"; do
  case "$job" in
    parquet | csv | parquet-firms | parquet-firms-parquet) ;;
    *) echo "whole-job: unknown job $job (parquet, csv, parquet-firms, parquet-firms-parquet)" >&2; exit 2 ;;
  esac
done
say() { echo "whole-job: $*" >&2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/tzm-whole-job.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# The panel files, written by the benchmarks' generator if absent (the file names are PanelBenchmarks.DataFile's).
data="${TMPDIR:-/tmp}"
data="${data%/}/tzm-panel-bench"
parquet_file="$data/panel-$firms-20180601.parquet"
csv_file="$data/panel-$firms-20180601.csv"
categories=()
for job in "${job_list[@]}"; do
  if [[ "$job" == csv ]]; then
    [[ -f "$csv_file" ]] || categories+=(LoadCsv)
  else
    [[ -f "$parquet_file" ]] || categories+=(LoadParquet)
  fi
done
if ((${#categories[@]})); then
  mapfile -t categories < <(printf '%s\n' "${categories[@]}" | sort -u)
  say "generating the $firms-firm panel (${categories[*]}) into $data"
  TZM_PANEL_FIRMS="$firms" dotnet run -c Release --project benchmarks/Taizhou.Metrics.Benchmarks -- \
    --filter '*PanelBenchmarks*' --anyCategories "${categories[@]}" --job dry >"$work/generate.log" 2>&1 ||
    { tail -n 30 "$work/generate.log" >&2; say "the generator failed"; exit 2; }
fi

say "building taizhou-metrics and the DuckDB job in Release"
dotnet build -c Release -v q --nologo src/Taizhou.Metrics.Cli >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 2; }
dotnet build -c Release -v q --nologo benchmarks/Taizhou.Metrics.DuckDbJob >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 2; }
tool=src/Taizhou.Metrics.Cli/bin/Release/net10.0/taizhou-metrics.dll
duck=benchmarks/Taizhou.Metrics.DuckDbJob/bin/Release/net10.0/Taizhou.Metrics.DuckDbJob.dll
parquet_out=0
if dotnet "$tool" panel --help 2>/dev/null | grep -q -- '--output-format'; then parquet_out=1; fi

# Runs one side once under GNU time into $work/$1 (emptied first); sets kb and seconds. A failure stops the script.
measure() {
  local side="$1"
  shift
  rm -rf "${work:?}/$side"
  if ! /usr/bin/time -f '%M %e' -o "$work/time" "$@" >"$work/$side.log" 2>&1; then
    cat "$work/$side.log" "$work/time" >&2
    say "$side failed: $*"
    exit 1
  fi
  read -r kb seconds < <(tail -n 1 "$work/time")
}
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

rows=""
table=()
notes=()
for job in "${job_list[@]}"; do
  input="$parquet_file"
  flags=()
  ext=csv
  case "$job" in
    parquet) label="Parquet → cluster metrics" ;;
    csv) label="CSV → cluster metrics"; input="$csv_file" ;;
    parquet-firms) label="Parquet → cluster metrics + every firm's YoY (CSV)"; flags=(--enterprise-yoy) ;;
    parquet-firms-parquet)
      label="Parquet → cluster metrics + every firm's YoY, both writing Parquet"
      flags=(--enterprise-yoy --output-format parquet)
      ext=parquet
      if ((!parquet_out)); then
        notes+=("$label: skipped, this taizhou-metrics has no \`panel --output-format\`.")
        continue
      fi
      ;;
  esac
  cat "$input" >/dev/null
  ours_s=()
  ours_kb=()
  duck_s=()
  duck_kb=()
  for ((r = 1; r <= runs; r++)); do
    measure ours dotnet "$tool" panel --input "$input" --output "$work/ours" "${flags[@]}"
    ours_s+=("$seconds")
    ours_kb+=("$kb")
    [[ -n "$rows" ]] || rows="$(grep -o '[0-9,]* rows' "$work/ours.log" | head -n 1 | tr -d ', rows')"
    measure duck dotnet "$duck" panel --input "$input" --output "$work/duck" "${flags[@]}"
    duck_s+=("$seconds")
    duck_kb+=("$kb")
    say "$job run $r: ours ${ours_s[-1]} s ${ours_kb[-1]} KB, DuckDB ${duck_s[-1]} s ${duck_kb[-1]} KB"
    if ((r == 1)); then
      if ! dotnet "$duck" compare "$work/ours/cluster_metrics.$ext" "$work/duck/cluster_metrics.$ext" >"$work/compare.log" 2>&1; then
        cat "$work/compare.log" >&2
        say "$job: the two sides' cluster metrics differ; not timing different jobs"
        exit 1
      fi
      say "$job: $(head -n 1 "$work/compare.log")"
    fi
  done
  os="$(printf '%s\n' "${ours_s[@]}" | median)"
  ds="$(printf '%s\n' "${duck_s[@]}" | median)"
  ok="$(printf '%s\n' "${ours_kb[@]}" | median)"
  dk="$(printf '%s\n' "${duck_kb[@]}" | median)"
  table+=("$(awk -v l="$label" -v os="$os" -v ds="$ds" -v ok="$ok" -v dk="$dk" 'BEGIN {
    printf "| %s | %.2f s | %.2f s | %.2f× | %.2f GB | %.2f GB | %.2f× |", l, os, ds, ds / os, ok * 1024 / 1e9, dk * 1024 / 1e9, ok / dk }')")
done

cpu="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
runtime="$(dotnet --list-runtimes | awk '/^Microsoft.NETCore.App/ { v = $2 } END { print v }')"
echo "Whole job, start to exit, $firms firms (${rows:-?} rows), median of $runs runs each, ours and DuckDB's alternately:"
echo
echo "| job | taizhou-metrics | DuckDB | time ratio (DuckDB / ours) | peak RSS, ours | peak RSS, DuckDB | memory ratio (ours / DuckDB) |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
((${#table[@]})) && printf '%s\n' "${table[@]}"
for n in "${notes[@]}"; do echo; echo "$n"; done
echo
echo "- command: \`benchmarks/whole-job.sh $firms $runs $jobs\` on commit $(git rev-parse --short HEAD)$([[ -z "$(git status --porcelain -- src benchmarks)" ]] || echo ' (with local changes)')"
echo "- machine: $(nproc) cores, $cpu, $(awk '/^MemTotal/ { printf "%.1f GB", $2 * 1024 / 1e9 }' /proc/meminfo) RAM; load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- .NET $runtime (SDK $(dotnet --version)); $(dotnet "$duck" version)"
echo "- time is wall time and peak RSS is GNU time's maximum resident set size (GB = 10^9 bytes) of each whole process, the .NET runtime included on both sides"
