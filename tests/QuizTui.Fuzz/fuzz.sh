#!/usr/bin/env bash
# Coverage-guided fuzzing of the whole pipeline with AFL++ and SharpFuzz.
# Usage: tests/QuizTui.Fuzz/fuzz.sh SECONDS [HANG_TIMEOUT_MS]
# Needs: apt-get install -y afl++ ; the SharpFuzz tool comes from the repo's dotnet-tools.json.
# Everything it writes goes to tests/QuizTui.Fuzz/out/ (git-ignored); the queue of each run seeds the next.
set -euo pipefail
seconds=${1:?usage: fuzz.sh SECONDS [HANG_TIMEOUT_MS]}
hang_ms=${2:-5000}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$here/out"
bin="$out/bin"
corpus="$out/corpus"
findings="$out/findings-$(date -u +%Y%m%dT%H%M%S)"
command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install -y afl++" >&2; exit 2; }

cd "$root"
dotnet tool restore >/dev/null
rm -rf "$bin"
dotnet publish tests/QuizTui.Fuzz -c Release -o "$bin" -v quiet -nologo >/dev/null
# Only our code is instrumented: coverage of the runtime and packages would drown the signal.
dotnet sharpfuzz "$bin/QuizTui.Core.dll"

mkdir -p "$corpus"
dotnet "$bin/QuizTui.Fuzz.dll" seeds "$root/seeds" "$corpus"
# Carry over what earlier runs found (new paths), so runs add up rather than restart.
for queue in "$out"/findings-*/default/queue; do
  [ -d "$queue" ] && find "$queue" -maxdepth 1 -type f -name 'id:*' -size -64k -exec cp -n {} "$corpus/" \; 2>/dev/null || true
done
for f in "$corpus"/id:*; do [ -e "$f" ] && mv "$f" "${f//:/_}"; done 2>/dev/null || true
echo "corpus: $(ls "$corpus" | wc -l) inputs"

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_FAST_CAL=1
start=$(date +%s)
afl-fuzz -i "$corpus" -o "$findings" -t "$hang_ms" -m none -V "$seconds" -- dotnet "$bin/QuizTui.Fuzz.dll" afl >"$findings.log" 2>&1 || {
  echo "afl-fuzz failed; last lines of $findings.log:" >&2; tail -20 "$findings.log" >&2; exit 1; }
wall=$(( $(date +%s) - start ))

stats="$findings/default/fuzzer_stats"
get() { awk -F' *: *' -v k="$1" '$1==k {print $2}' "$stats"; }
crashes=$(find "$findings/default/crashes" -type f -name 'id:*' | wc -l)
hangs=$(find "$findings/default/hangs" -type f -name 'id:*' | wc -l)
line="$(date -u +%FT%TZ) wall=${wall}s execs=$(get execs_done) execs_per_sec=$(get execs_per_sec) corpus=$(get corpus_count) edges=$(get edges_found)/$(get total_edges) bitmap=$(get bitmap_cvg) crashes=$crashes hangs=$hangs dir=$(basename "$findings")"
echo "$line" | tee -a "$out/runs.log"
if [ "$crashes" -gt 0 ] || [ "$hangs" -gt 0 ]; then
  echo "replay with: dotnet $bin/QuizTui.Fuzz.dll run $findings/default/crashes/id:* $findings/default/hangs/id:*"
  exit 1
fi
