#!/usr/bin/env bash
# scan-set.sh JAR OUTDIR SETDIR [app...]: scans every app folder of SETDIR (or the ones named) with JAR,
# writing OUTDIR/<app>.json (findings, notifications, applications with routes) and OUTDIR/<app>.txt.
# Only reads SETDIR. Per-app wall time goes to OUTDIR/times.tsv.
set -u
jar=$1; out=$2; set=$3; shift 3
mkdir -p "$out"
apps=("$@")
if [ ${#apps[@]} -eq 0 ]; then
  for d in "$set"/*/; do apps+=("$(basename "$d")"); done
fi
for a in "${apps[@]}"; do
  [ -d "$set/$a" ] || continue
  s=$(date +%s)
  timeout 1800 java -Xmx1g -Xss8m -XX:TieredStopAtLevel=1 -jar "$jar" scan "$set/$a" --fail-on none \
     --format json --output "$out/$a.json" --format text --output "$out/$a.txt" 2> "$out/$a.err"
  rc=$?
  printf '%s\t%s\t%s\n' "$a" "$(( $(date +%s) - s ))" "$rc" >> "$out/times.tsv"
done
