#!/usr/bin/env bash
# backcheck benchmark: generate synthetic Express + TypeScript backends, scan them, compare with ESLint.
#
#   bench/run.sh                 # sizes 10k 100k 1M
#   bench/run.sh 100k 1M         # chosen sizes
#
# Environment:
#   BENCH_SEED=42                generator seed
#   BENCH_ESLINT=auto|0|1        run ESLint (auto: when npm is on PATH)
#   BENCH_ESLINT_TIMEOUT=3600    seconds before an ESLint run is abandoned
#   BENCH_KEEP=1                 keep the temp dir (trees, SARIF, logs) and print its path
#   BENCH_TREES=DIR[:DIR...]     real trees to measure as well (read only; a copy is made for the one-file change)
#   BENCH_MONOREPO=4:100k        also generate a monorepo of 4 services of 100k lines each (packages/svc-N, one package.json
#                                each, no dependencies between them) and measure it like a real tree (per-unit reuse)
#   BENCH_JAVA=300k              also generate a Spring Boot tree of that size (bench/GenerateSpring.java) and time
#                                its cold scan (issue 15's target: 300k lines under 30 s on two cores); 0 to skip
#   BENCH_HONO=100k              also generate a Hono + TypeScript tree of that size built from route factories
#                                (bench/GenerateHono.java) and time its cold scan with --stats (the model phase) and its
#                                parse floor; 0 to skip
#   BACKCHECK_JAVA_OPTS=...      passed to the JVM by bin/backcheck
#
# Everything is written under one mktemp dir that is removed on exit; nothing is written inside the
# repository (except what bin/backcheck itself does on first use: building target/backcheck.jar).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
bc="$repo/bin/backcheck"
seed="${BENCH_SEED:-42}"
eslint_mode="${BENCH_ESLINT:-auto}"
eslint_timeout="${BENCH_ESLINT_TIMEOUT:-3600}"

if [ "$#" -gt 0 ]; then sizes=("$@"); else sizes=(10k 100k 1M); fi

if [ ! -x /usr/bin/time ]; then
  echo "bench: /usr/bin/time is missing; install it with: apt-get install -y time" >&2
  exit 1
fi
for tool in java javac awk; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench: '$tool' is required" >&2; exit 1; }
done

work="$(mktemp -d "${TMPDIR:-/tmp}/backcheck-bench.XXXXXX")"
cleanup() {
  if [ "${BENCH_KEEP:-0}" = "1" ]; then echo "bench: kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now_ns() { date +%s%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'; }
# peak RSS in MiB from a `/usr/bin/time -v` report
rss_mib() { awk -F': *' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"; }
# user+sys CPU seconds from a `/usr/bin/time -v` report (steadier than wall time on a busy machine)
cpu_s() { awk -F': *' '/User time \(seconds\)|System time \(seconds\)/ { t += $2 } END { printf "%.2f", t }' "$1"; }
div() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "n/a"; else printf "%.0f", a / b }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0 || a == "n/a" || b == "n/a") print "n/a"; else printf "%.1f", a / b }'; }

echo "== backcheck benchmark: sizes ${sizes[*]}, seed $seed, $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "   load average now: $(cut -d' ' -f1-3 /proc/loadavg) (wall times are only meaningful on an otherwise idle machine)"

# Compile the generator once.
mkdir -p "$work/gen"
javac -d "$work/gen" "$here/Generate.java"

# Make sure the jar exists before timing anything (bin/backcheck builds it on first use).
echo "== preparing backcheck (builds the jar on first use)"
if ! "$bc" --version >"$work/version.txt" 2>"$work/version.err"; then
  echo "bench: bin/backcheck --version failed:" >&2
  tail -n 20 "$work/version.err" >&2
  exit 1
fi
echo "   backcheck $(head -1 "$work/version.txt")"

# ESLint toolchain, installed once into the temp dir (never into the repo).
eslint_bin=""
eslint_cfg=""
if [ "$eslint_mode" = "1" ] || { [ "$eslint_mode" = "auto" ] && command -v npm >/dev/null 2>&1; }; then
  echo "== installing ESLint 9 + eslint-plugin-security + typescript-eslint into the temp dir"
  mkdir -p "$work/eslint"
  printf '{ "name": "backcheck-bench-eslint", "private": true }\n' >"$work/eslint/package.json"
  if (cd "$work/eslint" && npm install --no-audit --no-fund --loglevel=error \
        eslint@9 eslint-plugin-security typescript-eslint @typescript-eslint/parser >"$work/eslint/install.log" 2>&1); then
    eslint_bin="$work/eslint/node_modules/.bin/eslint"
    eslint_cfg="$work/eslint/eslint.config.mjs"
    cat >"$eslint_cfg" <<'EOF'
import security from 'eslint-plugin-security';
import tsParser from '@typescript-eslint/parser';

export default [
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' },
  },
  security.configs.recommended,
];
EOF
    echo "   $("$eslint_bin" --version) with eslint-plugin-security $(node -p "require('$work/eslint/node_modules/eslint-plugin-security/package.json').version")"
  else
    echo "bench: npm install failed; skipping ESLint (log below)" >&2
    tail -n 20 "$work/eslint/install.log" >&2
  fi
elif [ "$eslint_mode" != "0" ]; then
  echo "== npm not found: skipping the ESLint comparison"
fi

declare -a R_CPU_WARM R_ESLINT_CPU R_RATIO_CPU
declare -a R_SIZE R_LINES R_FILES R_COLD R_WARM R_LPS_COLD R_LPS_WARM R_RSS_COLD R_RSS_WARM R_RESULTS R_PLANTED R_ESLINT R_RATIO_COLD R_RATIO_WARM

# run_scan <tree> <label> -> sets SCAN_WALL, SCAN_RSS, SCAN_CPU, SCAN_RC (re-runs, up to 3 tries, a run
# during which the launcher had to rebuild the jar because the sources changed meanwhile)
run_scan() {
  local try
  for try in 1 2 3; do
    run_scan_once "$@"
    grep -q 'backcheck: building' "$work/$2.err" || return 0
    echo "   !! the launcher rebuilt the jar during timed run $2 (sources changed meanwhile); repeating it" >&2
  done
}

run_scan_once() {
  local tree="$1" label="$2" t0 t1
  shift 2
  local sarif="$work/$label.sarif" tv="$work/$label.time" err="$work/$label.err"
  rm -f "$sarif"
  # Untimed: lets bin/backcheck rebuild the jar first if the sources changed since the last build.
  "$bc" --version >/dev/null 2>>"$work/rebuild.log" || true
  t0=$(now_ns)
  set +e
  /usr/bin/time -v -o "$tv" "$bc" scan "$tree" --format sarif --output "$sarif" --fail-on none "$@" >/dev/null 2>"$err"
  SCAN_RC=$?
  set -e
  t1=$(now_ns)
  SCAN_WALL=$(secs "$t0" "$t1")
  SCAN_RSS=$(rss_mib "$tv")
  SCAN_CPU=$(cpu_s "$tv")
  if [ "$SCAN_RC" -ne 0 ]; then
    echo "   !! backcheck exited $SCAN_RC ($label); last stderr lines:" >&2
    tail -n 5 "$err" | sed 's/^/      /' >&2
  fi
}

# Issue 14 figures for one tree: the parse floor (swc4j parse + one AST walk on the same threads, nothing
# extracted), a scan that fills an empty facts cache, a scan with the warm cache and no change, and one after
# a single file changed; findings must be identical in all of them.
declare -a C_LABEL C_FLOOR C_FILL C_WARMC C_WARMF C_ONE C_X_FLOOR C_X_WARMC C_X_ONE C_SAME C_COLD
measure_cache_and_floor() {
  local tree="$1" label="$2" t0 t1 cache="$work/cache-$2"
  t0=$(now_ns)
  /usr/bin/time -v -o "$work/floor-$label.time" "$bc" parse-floor "$tree" >"$work/floor-$label.out" 2>&1 || true
  t1=$(now_ns)
  local floor; floor=$(secs "$t0" "$t1")
  echo "   parse floor: ${floor} s, CPU $(cpu_s "$work/floor-$label.time") s ($(tail -1 "$work/floor-$label.out"))"
  rm -rf "$cache"
  run_scan "$tree" "cache-$label-fill" --cache "$cache"
  local fill=$SCAN_WALL
  # per-unit reuse (monorepos): the first cached scans check the units' findings against the whole tree's and learn
  # which rules do not add up over units; --stats says which path ran ("units: ...")
  local n
  for n in 2 3; do
    run_scan "$tree" "cache-$label-fill$n" --cache "$cache" --stats
    echo "   cache scan $n: ${SCAN_WALL} s, CPU ${SCAN_CPU} s; $(grep -o 'units: .*' "$work/cache-$label-fill$n.err" | cut -c1-160)"
    grep -q 'units: whole tree (the units. union differs' "$work/cache-$label-fill$n.err" || break
  done
  run_scan "$tree" "cache-$label-warm" --cache "$cache"
  local warmc=$SCAN_WALL
  echo "   cache: fill ${fill} s, warm (no change: the stored result is reused) ${warmc} s, CPU ${SCAN_CPU} s"
  # the same warm cache with the result reuse off (--stats is never answered from a stored result): facts only
  run_scan "$tree" "cache-$label-warmfacts" --cache "$cache" --stats
  local warmf=$SCAN_WALL
  echo "   facts cache only (no change, result not reused): ${warmf} s, CPU ${SCAN_CPU} s"
  # one changed file: a copy of the tree when it is not ours to modify
  local target="$tree"
  if [ "${3:-}" = "copy" ]; then target="$work/copy-$label"; rm -rf "$target"; cp -a "$tree" "$target"; fi
  # the changed file: in a monorepo, one in the largest package no other package depends on (one file in one service)
  local pkg=""
  if command -v python3 >/dev/null 2>&1; then pkg=$(python3 - "$target" <<'PY'
import json, os, sys
root = sys.argv[1]; names = {}; deps = set(); size = {}
for dp, dn, fn in os.walk(root):
    dn[:] = [d for d in dn if d not in ('node_modules', '.git', 'dist')]
    if 'package.json' in fn and dp != root:
        try: j = json.load(open(os.path.join(dp, 'package.json')))
        except Exception: continue
        names[dp] = j.get('name')
        for k in ('dependencies', 'devDependencies', 'peerDependencies'):
            if isinstance(j.get(k), dict): deps.update(j[k])
for dp in names:
    if names[dp] not in deps:
        size[dp] = sum(1 for d, _, fs in os.walk(dp) if 'node_modules' not in d for f in fs if f.endswith('.ts'))
print(max(sorted(size), key=lambda d: size[d]) if size and max(size.values()) > 0 else '')
PY
  ); fi
  [ -n "$pkg" ] || pkg="$target"
  local victim; victim=$(find "$pkg" -name '*.ts' -not -path '*/node_modules/*' -type f | sort | awk 'NR==50 || NR==1 {f=$0} END {print f}')
  printf '\nexport const __benchChanged = %s;\n' "$(date +%s%N)" >>"$victim"
  run_scan "$target" "cache-$label-one" --cache "$cache" --stats
  local one=$SCAN_WALL
  echo "   one file changed ($victim): ${one} s with the cache, CPU ${SCAN_CPU} s; $(grep -o 'units: .*' "$work/cache-$label-one.err" | cut -c1-160)"
  # the cached scan after the change must equal a cold scan of the changed tree
  run_scan "$target" "cache-$label-onecold"
  echo "   the changed tree cold: ${SCAN_WALL} s, CPU ${SCAN_CPU} s"
  local one_same="yes"
  command cmp -s "$work/cache-$label-one.sarif" "$work/cache-$label-onecold.sarif" || one_same="no"
  # the warm-cache SARIF must be byte-identical to the cold scan's (SARIF carries no times)
  local same="yes"
  if ! command cmp -s "$work/cache-$label-warm.sarif" "$work/scan-$label-cold.sarif"; then same="no"; fi
  [ "$target" != "$tree" ] && rm -rf "$target"
  if ! command cmp -s "$work/cache-$label-warmfacts.sarif" "$work/scan-$label-cold.sarif"; then same="no"; fi
  [ "$one_same" = "yes" ] || same="no(one)"
  C_LABEL+=("$label"); C_FLOOR+=("$floor"); C_FILL+=("$fill"); C_WARMC+=("$warmc"); C_WARMF+=("$warmf"); C_ONE+=("$one"); C_SAME+=("$same")
  C_COLD+=("$CUR_COLD")
  C_X_FLOOR+=("$(ratio "$CUR_COLD" "$floor")"); C_X_WARMC+=("$(ratio "$warmc" "$CUR_COLD")"); C_X_ONE+=("$(ratio "$one" "$CUR_COLD")")
}

for size in "${sizes[@]}"; do
  echo
  echo "== size $size"
  tree="$work/tree-$size"
  java -cp "$work/gen" Generate "$tree" "$size" "$seed" 2>"$work/gen-$size.log"
  sed 's/^/   /' "$work/gen-$size.log"
  lines=$(find "$tree" -name '*.ts' -type f -print0 | xargs -0 cat | wc -l)
  files=$(find "$tree" -name '*.ts' -type f | wc -l)
  planted=$(($(wc -l <"$tree/expected-findings.tsv") - 1))
  echo "   $lines lines of TypeScript in $files .ts files"

  run_scan "$tree" "scan-$size-cold"
  cold=$SCAN_WALL; rss_cold=$SCAN_RSS; rc_cold=$SCAN_RC; CUR_COLD=$cold
  echo "   backcheck cold: ${cold} s, $(div "$lines" "$cold") lines/s, peak RSS ${rss_cold} MiB, CPU ${SCAN_CPU} s (exit $rc_cold)"
  run_scan "$tree" "scan-$size-warm"
  warm=$SCAN_WALL; rss_warm=$SCAN_RSS; rc_warm=$SCAN_RC; cpu_warm=$SCAN_CPU
  echo "   backcheck warm: ${warm} s, $(div "$lines" "$warm") lines/s, peak RSS ${rss_warm} MiB, CPU ${SCAN_CPU} s (exit $rc_warm)"
  measure_cache_and_floor "$tree" "$size"
  results="n/a"
  if [ -s "$work/scan-$size-warm.sarif" ]; then
    results=$(grep -o '"ruleId" *:' "$work/scan-$size-warm.sarif" | wc -l || true)
  fi
  echo "   SARIF results: $results (planted findings in the tree: $planted)"
  if [ "$rc_cold" -ne 0 ] || [ "$rc_warm" -ne 0 ]; then
    cold="fail($rc_cold)"; warm="fail($rc_warm)"
  fi

  eslint_s="n/a"; eslint_cpu="n/a"
  if [ -n "$eslint_bin" ]; then
    t0=$(now_ns)
    set +e
    (cd "$tree" && NODE_OPTIONS="--max-old-space-size=8192" timeout "$eslint_timeout" \
        /usr/bin/time -v -o "$work/eslint-$size.time" \
        "$eslint_bin" --config "$eslint_cfg" --no-warn-ignored --format json --output-file "$work/eslint-$size.json" 'src/**/*.ts' \
        >"$work/eslint-$size.out" 2>&1)
    erc=$?
    set -e
    t1=$(now_ns)
    if [ "$erc" -le 1 ]; then
      eslint_s=$(secs "$t0" "$t1")
      eslint_cpu=$(cpu_s "$work/eslint-$size.time")
      emsgs=$(node -e "const r=require(process.argv[1]);let n=0;for(const f of r)n+=f.messages.length;console.log(r.length+' files, '+n+' messages')" "$work/eslint-$size.json" 2>/dev/null || echo "? messages")
      echo "   ESLint: ${eslint_s} s, $(div "$lines" "$eslint_s") lines/s, peak RSS $(rss_mib "$work/eslint-$size.time") MiB, CPU $(cpu_s "$work/eslint-$size.time") s ($emsgs)"
    else
      echo "   !! ESLint exited $erc (124 = timeout after ${eslint_timeout}s); last lines:" >&2
      tail -n 5 "$work/eslint-$size.out" | sed 's/^/      /' >&2
      eslint_s="fail($erc)"
    fi
  fi

  R_SIZE+=("$size"); R_LINES+=("$lines"); R_FILES+=("$files")
  R_COLD+=("$cold"); R_WARM+=("$warm")
  R_LPS_COLD+=("$(div "$lines" "$cold")"); R_LPS_WARM+=("$(div "$lines" "$warm")")
  R_RSS_COLD+=("$rss_cold"); R_RSS_WARM+=("$rss_warm")
  R_RESULTS+=("$results"); R_PLANTED+=("$planted")
  R_ESLINT+=("$eslint_s"); R_CPU_WARM+=("$cpu_warm"); R_ESLINT_CPU+=("$eslint_cpu")
  R_RATIO_CPU+=("$(ratio "$eslint_cpu" "$cpu_warm")")
  R_RATIO_COLD+=("$(ratio "$eslint_s" "$cold")"); R_RATIO_WARM+=("$(ratio "$eslint_s" "$warm")")
  if [ "${BENCH_KEEP:-0}" != "1" ]; then rm -rf "$tree"; fi
done

echo
echo "== summary (seed $seed; times in s; RSS in MiB; x_* = ESLint time / backcheck time; cpu = user+sys)"
fmt="%-6s %9s %6s %7s %7s %12s %12s %8s %8s %7s %7s %8s %8s %10s %6s %6s %6s\n"
printf "$fmt" size lines files cold_s warm_s lines/s_cold lines/s_warm rss_cold rss_warm results planted cpu_warm eslint_s eslint_cpu x_cold x_warm x_cpu
for i in "${!R_SIZE[@]}"; do
  printf "$fmt" "${R_SIZE[$i]}" "${R_LINES[$i]}" "${R_FILES[$i]}" "${R_COLD[$i]}" "${R_WARM[$i]}" \
    "${R_LPS_COLD[$i]}" "${R_LPS_WARM[$i]}" "${R_RSS_COLD[$i]}" "${R_RSS_WARM[$i]}" "${R_RESULTS[$i]}" \
    "${R_PLANTED[$i]}" "${R_CPU_WARM[$i]}" "${R_ESLINT[$i]}" "${R_ESLINT_CPU[$i]}" "${R_RATIO_COLD[$i]}" \
    "${R_RATIO_WARM[$i]}" "${R_RATIO_CPU[$i]}"
done

# Targets from issue 4, checked where the needed sizes were run.
idx_of() { local s="$1" i; for i in "${!R_SIZE[@]}"; do [ "${R_SIZE[$i]}" = "$s" ] && { echo "$i"; return; }; done; echo ""; }
verdict() { if [ "$1" = "1" ]; then echo PASS; elif [ "$1" = "0" ]; then echo FAIL; else echo "n/a"; fi; }
cmp() { awk -v a="$1" -v op="$2" -v b="$3" 'BEGIN {
  if (a !~ /^[0-9.]+$/ || b !~ /^[0-9.]+$/) { print "?"; exit }
  if (op == ">=") print (a + 0 >= b + 0) ? 1 : 0; else print (a + 0 < b + 0) ? 1 : 0 }'; }
echo
echo "== targets (issue 4)"
i100=$(idx_of 100k); i1m=$(idx_of 1M)
for i in "${!R_SIZE[@]}"; do
  # JVM start dominates small trees; the throughput target is read on trees of 100k lines or more.
  [ "${R_LINES[$i]}" -ge 100000 ] || continue
  echo "   [$(verdict "$(cmp "${R_LPS_WARM[$i]}" ">=" 100000)")] >= 100k lines/s warm at ${R_SIZE[$i]}: ${R_LPS_WARM[$i]}"
done
if [ -n "$i1m" ]; then
  echo "   [$(verdict "$(cmp "${R_COLD[$i1m]}" "<" 30)")] 1M lines in < 30 s incl. JVM start: ${R_COLD[$i1m]} s"
  echo "   [$(verdict "$(cmp "$(awk -v a="${R_RSS_COLD[$i1m]}" -v b="${R_RSS_WARM[$i1m]}" 'BEGIN{print (a>b)?a:b}')" "<" 1024)")] peak RSS < 1 GiB at 1M: ${R_RSS_COLD[$i1m]} / ${R_RSS_WARM[$i1m]} MiB"
fi
if [ -n "$i100" ] && [ -n "$i1m" ]; then
  per100=$(awk -v t="${R_WARM[$i100]}" -v n="${R_LINES[$i100]}" 'BEGIN { if (t !~ /^[0-9.]+$/) print "n/a"; else printf "%.3f", t / n * 1e6 }')
  per1m=$(awk -v t="${R_WARM[$i1m]}" -v n="${R_LINES[$i1m]}" 'BEGIN { if (t !~ /^[0-9.]+$/) print "n/a"; else printf "%.3f", t / n * 1e6 }')
  scale=$(ratio "$per1m" "$per100")
  echo "   [$(verdict "$(cmp "$scale" "<" 1.5001)")] time/line at 1M within 1.5x of 100k (warm): ${per1m} vs ${per100} us/line = ${scale}x"
fi
for i in "${!R_SIZE[@]}"; do
  if [ "${R_ESLINT[$i]}" != "n/a" ]; then
    echo "   [$(verdict "$(cmp "${R_RATIO_COLD[$i]}" ">=" 5)")] >= 5x faster than ESLint at ${R_SIZE[$i]} (cold backcheck): ${R_RATIO_COLD[$i]}x (warm: ${R_RATIO_WARM[$i]}x)"
  fi
done

# Real trees (BENCH_TREES): cold scan, ESLint, then the floor and cache figures on a copy.
if [ -n "${BENCH_TREES:-}" ]; then
  IFS=':' read -r -a trees <<<"$BENCH_TREES"
  for t in "${trees[@]}"; do
    name=$(basename "$t")
    echo
    echo "== real tree $t"
    lines=$(find "$t" \( -name '*.ts' -o -name '*.js' \) -not -path '*/node_modules/*' -type f -print0 | xargs -0 cat | wc -l)
    echo "   $lines lines of TypeScript/JavaScript"
    run_scan "$t" "scan-$name-cold"
    CUR_COLD=$SCAN_WALL
    echo "   backcheck cold: ${SCAN_WALL} s, CPU ${SCAN_CPU} s, peak RSS ${SCAN_RSS} MiB"
    if [ -n "$eslint_bin" ]; then
      t0=$(now_ns)
      (cd "$t" && NODE_OPTIONS="--max-old-space-size=8192" timeout "$eslint_timeout" /usr/bin/time -v -o "$work/eslint-$name.time" \
          "$eslint_bin" --config "$eslint_cfg" --no-warn-ignored --format json --output-file "$work/eslint-$name.json" '**/*.ts' \
          >"$work/eslint-$name.out" 2>&1) || true
      t1=$(now_ns)
      echo "   ESLint: $(secs "$t0" "$t1") s, CPU $(cpu_s "$work/eslint-$name.time") s; x_cold $(ratio "$(secs "$t0" "$t1")" "$CUR_COLD")"
    fi
    measure_cache_and_floor "$t" "$name" copy
  done
fi

# A generated monorepo (BENCH_MONOREPO=N:SIZE): N independent services, for the per-unit reuse of issue 14
if [ -n "${BENCH_MONOREPO:-}" ]; then
  mono_n="${BENCH_MONOREPO%%:*}"; mono_size="${BENCH_MONOREPO#*:}"
  mono="$work/monorepo-${mono_n}x$mono_size"
  echo
  echo "== generated monorepo: $mono_n services of $mono_size lines (packages/svc-N)"
  mkdir -p "$mono/packages"
  printf '{ "name": "bench-monorepo", "private": true, "workspaces": ["packages/*"] }\n' >"$mono/package.json"
  for ((k = 1; k <= mono_n; k++)); do
    java -cp "$work/gen" Generate "$mono/packages/svc-$k" "$mono_size" "$((seed + k))" >/dev/null 2>&1
    sed -i "0,/\"name\": *\"[^\"]*\"/s//\"name\": \"svc-$k\"/" "$mono/packages/svc-$k/package.json"
    rm -f "$mono/packages/svc-$k/expected-findings.tsv"
  done
  lines=$(find "$mono" -name '*.ts' -type f -print0 | xargs -0 cat | wc -l)
  echo "   $lines lines of TypeScript"
  run_scan "$mono" "scan-monorepo-cold"
  CUR_COLD=$SCAN_WALL
  echo "   backcheck cold: ${SCAN_WALL} s, CPU ${SCAN_CPU} s, peak RSS ${SCAN_RSS} MiB"
  measure_cache_and_floor "$mono" "monorepo" copy
fi

java_size="${BENCH_JAVA:-0}"
if [ "$java_size" != "0" ]; then
  echo
  echo "== Spring Boot tree, $java_size lines of Java (bench/GenerateSpring.java, seed $seed)"
  jtree="$work/java-$java_size"
  java "$here/GenerateSpring.java" "$jtree" "$java_size" "$seed" 2>"$work/gen-java.log"
  sed 's/^/   /' "$work/gen-java.log"
  run_scan "$jtree" "scan-java-$java_size"
  echo "   backcheck cold: ${SCAN_WALL} s, CPU ${SCAN_CPU} s, peak RSS ${SCAN_RSS} MiB (target: under 30 s)"
fi

hono_size="${BENCH_HONO:-0}"
if [ "$hono_size" != "0" ]; then
  echo
  echo "== Hono route-factory tree, $hono_size lines (bench/GenerateHono.java, seed $seed)"
  htree="$work/hono-$hono_size"
  java "$here/GenerateHono.java" "$htree" "$hono_size" "$seed" 2>"$work/gen-hono.log"
  sed 's/^/   /' "$work/gen-hono.log"
  hplanted=$(($(wc -l <"$htree/expected-findings.tsv") - 1))
  run_scan "$htree" "scan-hono-$hono_size" --stats
  hres=$(grep -o '"ruleId" *:' "$work/scan-hono-$hono_size.sarif" 2>/dev/null | wc -l || true)
  echo "   backcheck cold: ${SCAN_WALL} s, CPU ${SCAN_CPU} s, peak RSS ${SCAN_RSS} MiB; SARIF results $hres (planted $hplanted)"
  grep -E '^(parse stage |model |rules \(all|total )' "$work/scan-hono-$hono_size.err" | sed 's/^/   --stats: /' || true
  t0=$(now_ns)
  /usr/bin/time -v -o "$work/floor-hono.time" "$bc" parse-floor "$htree" >"$work/floor-hono.out" 2>&1 || true
  t1=$(now_ns)
  echo "   parse floor: $(secs "$t0" "$t1") s, CPU $(cpu_s "$work/floor-hono.time") s; x_floor $(ratio "$SCAN_WALL" "$(secs "$t0" "$t1")")"
  if [ "${BENCH_KEEP:-0}" != "1" ]; then rm -rf "$htree"; fi
fi

if [ "${#C_LABEL[@]}" -gt 0 ]; then
  echo
  echo "== issue 14: parse floor and facts cache (times in s; x_floor = cold / floor, target <= 2; warm/cold target <= 0.25; one/cold target <= 0.30)"
  fmt14="%-24s %8s %8s %8s %8s %8s %8s %8s %9s %8s %9s\n"
  printf "$fmt14" tree cold_s floor_s fill_s warm_s warmf_s one_s x_floor warm/cold one/cold identical
  for i in "${!C_LABEL[@]}"; do
    printf "$fmt14" "${C_LABEL[$i]}" "${C_COLD[$i]}" "${C_FLOOR[$i]}" "${C_FILL[$i]}" "${C_WARMC[$i]}" "${C_WARMF[$i]}" "${C_ONE[$i]}" \
      "${C_X_FLOOR[$i]}" "${C_X_WARMC[$i]}" "${C_X_ONE[$i]}" "${C_SAME[$i]}"
  done
fi
