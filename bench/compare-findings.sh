#!/usr/bin/env bash
# Compares the JSON findings of two backcheck jars on some trees (a speed change must not change them):
#   bench/compare-findings.sh BASE.jar NEW.jar TREE...
# Each tree is scanned by each jar (one scan at a time, bin/backcheck's JVM options) and the two JSON reports are
# compared without their "stats" block (timings); a difference prints the first lines of a unified diff. The base
# jar's reports are kept in $BACKCHECK_COMPARE_DIR (default /tmp/backcheck-compare) and reused on the next run.
# Exit status: 0 when every tree gives the same report, 1 otherwise.
set -uo pipefail
base=$1 new=$2; shift 2
dir=${BACKCHECK_COMPARE_DIR:-/tmp/backcheck-compare}
mkdir -p "$dir/base" "$dir/new"
opts=(-Xmx768m -Xmn256m -XX:TieredStopAtLevel=1)
same=0 different=0
for t in "$@"; do
  n=$(printf '%s' "$t" | sed 's|^/||; s|/|_|g')
  if [ ! -s "$dir/base/$n.json" ]; then
    java "${opts[@]}" -jar "$base" scan "$t" --format json --output "$dir/base/$n.json" --fail-on none >"$dir/base/$n.log" 2>&1
  fi
  java "${opts[@]}" -jar "$new" scan "$t" --format json --output "$dir/new/$n.json" --fail-on none >"$dir/new/$n.log" 2>&1
  if python3 - "$dir/base/$n.json" "$dir/new/$n.json" <<'PY'
import difflib, json, sys
def load(p):
    d = json.load(open(p))
    d.pop('stats', None)
    return json.dumps(d, indent=1)
a, b = load(sys.argv[1]), load(sys.argv[2])
if a != b:
    for line in list(difflib.unified_diff(a.splitlines(), b.splitlines(), lineterm='', n=1))[:40]: print(line)
    sys.exit(1)
PY
  then echo "SAME $t"; same=$((same + 1))
  else echo "DIFF $t"; different=$((different + 1)); fi
done
echo "same $same, different $different"
[ "$different" -eq 0 ]
