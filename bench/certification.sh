#!/usr/bin/env bash
# Times the certification evidence package of a synthetic cycle (default 10,000 executives) on a
# throw-away embedded database: the report job step by step (Spring Batch's own step timings), and
# inside the PDF steps the share spent filling the templates against exporting the PDF (from the
# package's manifest.json). The baseline measured in the same run is the cycle's import job: figures
# are quoted as ratios to it, because these machines are noisy.
# Usage: bench/certification.sh [EXECUTIVES]
set -euo pipefail
home="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-10000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
export SESCERT_DATA="$work/data"
export LOGGING_LEVEL_ORG_SPRINGFRAMEWORK_BATCH=INFO
"$home/sescert" generate --executives "$n" --seed 42 --format csv "$work/gen" >/dev/null
"$home/sescert" import --allow-rejects "$work/gen/csv" > import.log 2>&1
"$home/sescert" check --cycle FY2026 --fail-on NEVER > check.log 2>&1
start=$(date +%s%N)
"$home/sescert" report certification --cycle FY2026 > report.log 2>&1
wall_ms=$(( ($(date +%s%N) - start) / 1000000 ))
ms() { # "2m1s234ms", "1s234ms" or "567ms" -> milliseconds
  awk '{ t = 0; s = $0
         if (match(s, /[0-9]+m[0-9]/)) { t += 60000 * substr(s, RSTART, RLENGTH - 2); s = substr(s, RSTART + RLENGTH - 1) }
         if (match(s, /[0-9]+s/)) { t += 1000 * substr(s, RSTART, RLENGTH - 1); s = substr(s, RSTART + RLENGTH) }
         if (match(s, /[0-9]+ms/)) { t += substr(s, RSTART, RLENGTH - 2) }
         print t }'
}
step() { grep -oE "Step: \[$1\] executed in [0-9msh]+" "$2" | awk '{print $NF}' | ms; }
import_ms=$(grep -oE "Step: \[import-[^]]+\] executed in [0-9ms]+" import.log | awk '{print $NF}' | ms | awk '{ t += $1 } END { print t }')
report_ms=0
for s in report-tables report-opm-1558 report-evidence report-disclosure report-publish; do
  t=$(step "$s" report.log)
  report_ms=$((report_ms + t))
  printf '%-20s %7d ms  %.3f x import\n' "$s" "$t" "$(awk -v a="$t" -v b="$import_ms" 'BEGIN { print a / b }')"
done
printf '%-20s %7d ms  %.3f x import\n' "report job" "$report_ms" "$(awk -v a="$report_ms" -v b="$import_ms" 'BEGIN { print a / b }')"
printf '%-20s %7d ms  (baseline: all import steps, %d executives)\n' "import" "$import_ms" "$n"
printf '%-20s %7d ms  (the whole command: JVM, Spring, embedded PostgreSQL, job)\n' "report command" "$wall_ms"
grep -E "executives, .* rated" report.log | sed 's/^ *//'
# Inside each PDF step: compile (once per process), read the datasets, fill, export.
python3 - "$work/out/FY2026/manifest.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["sections"]["certification"]["rendering"]
for name, m in r.items():
    work = m["fill_ms"] + m["export_ms"]
    print(f"{name:28} {m['pages']:4d} pages  compile {m['compile_ms']} ms, read {m['read_ms']} ms, "
          f"fill {m['fill_ms']} ms, export {m['export_ms']} ms: fill {m['fill_ms'] / work:.0%} / export {m['export_ms'] / work:.0%}")
PY
ls -l "$work/out/FY2026" | awk 'NR > 1 { printf "%-28s %9d bytes\n", $9, $5 }'
