#!/usr/bin/env bash
# Times the check of a synthetic cycle (default 10,000 executives, 50,000 element rows) on the
# embedded database, step by step, from Spring Batch's own step timings. The baseline measured
# in the same run is the cycle's import job: figures are quoted as ratios to it, because these
# machines are noisy. Usage: bench/analytics.sh [EXECUTIVES]
set -euo pipefail
home="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-10000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
"$home/sescert" generate --executives "$n" --seed 42 --format csv "$work/gen" >/dev/null
export LOGGING_LEVEL_ORG_SPRINGFRAMEWORK_BATCH=INFO
"$home/sescert" import --allow-rejects "$work/gen/csv" > import.log 2>&1
"$home/sescert" check --cycle FY2026 --fail-on NEVER > check.log 2>&1
ms() { # "2m1s234ms", "1s234ms" or "567ms" -> milliseconds
  awk '{ t = 0; s = $0
         if (match(s, /[0-9]+m[0-9]/)) { t += 60000 * substr(s, RSTART, RLENGTH - 2); s = substr(s, RSTART + RLENGTH - 1) }
         if (match(s, /[0-9]+s/)) { t += 1000 * substr(s, RSTART, RLENGTH - 1); s = substr(s, RSTART + RLENGTH) }
         if (match(s, /[0-9]+ms/)) { t += substr(s, RSTART, RLENGTH - 2) }
         print t }'
}
step() { grep -oE "Step: \[$1\] executed in [0-9msh]+" "$2" | awk '{print $NF}' | ms; }
import_ms=$(grep -oE "Step: \[import-[^]]+\] executed in [0-9ms]+" import.log | awk '{print $NF}' | ms | awk '{ t += $1 } END { print t }')
line() { printf '%-20s %7d ms  %.3f x import\n' "$1" "$2" "$(awk -v a="$2" -v b="$import_ms" 'BEGIN { print a / b }')"; }
analytics=0
for s in check-executives check-prbs check-distribution check-org-assessment check-pay-patterns check-executive-pay check-export check-publish; do
  t=$(step "$s" check.log)
  line "$s" "$t"
  case "$s" in check-distribution|check-org-assessment|check-pay-patterns|check-executive-pay) analytics=$((analytics + t)) ;; esac
done
line "analytics (4 steps)" "$analytics"
printf '%-20s %7d ms  (baseline: all import steps, %d executives)\n' "import" "$import_ms" "$n"
# The quota analysis reports every identical-shares cluster; how many a cycle of this size draws (ERROR WARNING INFO):
grep -E '^ +DIST_QUOTA_PATTERN ' check.log || echo "  DIST_QUOTA_PATTERN none"
