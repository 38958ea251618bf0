#!/usr/bin/env bash
# Speed and size of the trainer under tmux: first screen after process start, keypress-to-redraw
# (median and 95th percentile), peak memory with the seed open.
#   tests/tmux/bench.sh [QUIZTUI_BINARY]   (default: the NativeAOT build in artifacts/aot/quiztui,
#   made by: dotnet publish src/QuizTui -c Release -r linux-x64 -p:PublishAot=true -o artifacts/aot)
#   RUNS (first screens, default 5), PRESSES (keys, default 40); TRACE=1 also reports the program's own timing
#   of each key (QUIZTUI_TRACE: bytes read to frame written, inside the process).
#
# Timing goes through a tmux control-mode client (tmux -C): the keys are sent on it and tmux reports each piece of
# a pane's output on it (%output) the moment the program writes it, so no polling of capture-pane (a new process
# each time) adds to the figures. The same round trip to a pane running cat is tmux's own share.
set -euo pipefail
trap 'echo "bench: failed at line $LINENO (status $?)" >&2' ERR
cd "$(dirname "$0")/../.."
bin=${1:-artifacts/aot/quiztui}
[ -x "$bin" ] || { echo "bench: $bin not found; publish it first (see the header of this script)" >&2; exit 2; }
bin=$(realpath "$bin")
command -v tmux >/dev/null || { echo "bench: tmux is needed" >&2; exit 2; }

runs=${RUNS:-5}
presses=${PRESSES:-40}
work=$(mktemp -d)
session="quiztui-bench-$$"
ctl_pid=
cleanup() {
  if [ -n "$ctl_pid" ]; then kill "$ctl_pid" 2>/dev/null || true; fi
  tmux kill-session -t "$session" 2>/dev/null || true
  tmux kill-session -t "$session-cat" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
lib="$work/library"   # an empty library folder: the shipped articles only
# A tmux server already running gives new panes its own environment, not this script's: the pane's command sets it.
# The pane waits until the control client is attached, stamps the time and becomes quiztui (exec): the clock starts
# at process start.
cat > "$work/launch" <<EOF
#!/usr/bin/env bash
tmux wait-for "go-$session"
echo "\${EPOCHREALTIME/./}" > '$work/start'
export HOME='$work' XDG_DATA_HOME='$work/data' ${TRACE:+QUIZTUI_TRACE='$work/trace'}
exec '$bin' --library '$lib'
EOF
chmod +x "$work/launch"
us() { echo "${EPOCHREALTIME/./}"; }

# Attaches a control-mode client to session $1; its output is read from fd $out, commands go to fd $in.
attach() {
  if [ -n "$ctl_pid" ]; then kill "$ctl_pid" 2>/dev/null || true; wait "$ctl_pid" 2>/dev/null || true; fi
  coproc CTL { tmux -C attach -t "$1" 2>&1; }
  ctl_pid=$CTL_PID
  exec {out}<&"${CTL[0]}" {in}>&"${CTL[1]}"
  pane=$(tmux list-panes -t "$1" -F '#{pane_id}')
}
# Terminal.Gui 2.5.0 writes the (hidden) cursor's position after every frame, and on every main-loop iteration
# unless the program stops it: such output is not a redraw.
cursor_only() { [[ $1 =~ ^%output\ %[0-9]+\ (\\033\[\?25[lh])?(\\033\[[0-9]+\;[0-9]+H)?$ ]]; }
# Reads the control client until the pane's output contains $1 (any drawing when empty): $at is the time of that
# output; then reads on while the frame is being written: $end is the time of its last piece (the frame ends at
# the cursor's position, or when 30 ms pass without output).
until_output() {
  local line
  while IFS= read -r -t 20 -u "$out" line; do
    if [[ $line == "%output $pane "* && $line == *"$1"* ]] && ! cursor_only "$line"; then
      at=${EPOCHREALTIME/./}; end=$at
      while IFS= read -r -t 0.03 -u "$out" line; do
        cursor_only "$line" && break
        [[ $line == "%output $pane "* ]] && end=${EPOCHREALTIME/./}
      done
      return 0
    fi
  done
  echo "bench: no output from the pane within 20 s" >&2; exit 1
}
# Reads and drops the control client's output for $1 milliseconds.
drain() {
  local line stop=$(( ${EPOCHREALTIME/./} + $1 * 1000 ))
  while [ "${EPOCHREALTIME/./}" -lt "$stop" ]; do IFS= read -r -t 0.01 -u "$out" line || true; done
}

first=()
for _ in $(seq "$runs"); do
  tmux kill-session -t "$session" 2>/dev/null || true
  tmux new-session -d -s "$session" -x 80 -y 24 "$work/launch"
  attach "$session"
  tmux wait-for -S "go-$session"
  until_output 'articles'
  first+=($(( (at - $(cat "$work/start")) / 1000 )))
  drain 500
done

# Keypress to redraw: move down and up the library list; the first output after the key is its redraw.
lat=()
lat_end=()
for i in $(seq "$presses"); do
  key=Down; [ $((i % 2)) -eq 0 ] && key=Up
  t0=${EPOCHREALTIME/./}
  echo "send-keys -t $pane $key" >&"$in"
  until_output ''
  lat+=($((at - t0)))
  lat_end+=($((end - t0)))
  drain 50
done
[ -n "${TRACE:-}" ] && grep '^key ' "$work/trace" | tail -n "$presses" > "$work/keys" || true

# The same round trip to a pane running cat (it echoes each key): what tmux and the machine add by themselves.
tmux new-session -d -s "$session-cat" -x 80 -y 24 "cat"
main_pane=$pane
attach "$session-cat"
drain 300
base=()
for _ in $(seq "$presses"); do
  t0=${EPOCHREALTIME/./}
  echo "send-keys -t $pane x" >&"$in"
  until_output ''
  base+=($((at - t0)))
  drain 50
done
kill "$ctl_pid" 2>/dev/null || true; ctl_pid=
tmux kill-session -t "$session-cat"

# Peak memory with the seed open in the reader.
tmux send-keys -t "$main_pane" Home Enter
until tmux capture-pane -p -t "$main_pane" | grep -q 'Reader'; do sleep 0.01; done
tmux send-keys -t "$main_pane" PageDown PageDown End
sleep 0.3
pid=$(tmux list-panes -t "$session" -F '#{pane_pid}')
rss=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
cpu_idle0=$(awk '{print $14 + $15}' "/proc/$pid/stat"); sleep 2; cpu_idle1=$(awk '{print $14 + $15}' "/proc/$pid/stat")
tmux send-keys -t "$main_pane" C-q

pct() { sort -n | awk -v p="$1" '{a[NR]=$1} END {i=int((NR*p+99)/100); if (i<1) i=1; print a[i]}'; }
ms() { awk '{printf "%.1f", $1/1000}'; }
t0=$(us); "$bin" --version >/dev/null; version=$(( ($(us) - t0) / 1000 ))
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); quiztui --version takes $version ms"
echo "binary: $bin ($(du -h "$bin" | cut -f1))"
echo "first screen after process start (ms, $runs runs): ${first[*]}  median $(printf '%s\n' "${first[@]}" | pct 50)"
echo "keypress to redraw under tmux (ms, $presses presses), first output: median $(printf '%s\n' "${lat[@]}" | pct 50 | ms)  p95 $(printf '%s\n' "${lat[@]}" | pct 95 | ms)  max $(printf '%s\n' "${lat[@]}" | pct 100 | ms)"
echo "  end of the frame: median $(printf '%s\n' "${lat_end[@]}" | pct 50 | ms)  p95 $(printf '%s\n' "${lat_end[@]}" | pct 95 | ms)  max $(printf '%s\n' "${lat_end[@]}" | pct 100 | ms)"
echo "same round trip to a pane running cat (tmux alone, ms): median $(printf '%s\n' "${base[@]}" | pct 50 | ms)  p95 $(printf '%s\n' "${base[@]}" | pct 95 | ms)  max $(printf '%s\n' "${base[@]}" | pct 100 | ms)"
if [ -s "$work/keys" ] 2>/dev/null; then
  inproc=$(awk '{for (i=1;i<=NF;i++) if ($i=="read-to-iteration-end") print $(i+1)*1000}' "$work/keys")
  echo "inside the process, key bytes read to the end of the iteration that wrote the frame (ms): median $(pct 50 <<<"$inproc" | ms)  p95 $(pct 95 <<<"$inproc" | ms)  max $(pct 100 <<<"$inproc" | ms)"
fi
echo "peak RSS with the seed open: $((rss / 1024)) MB; CPU while idle in the reader: $(( (cpu_idle1 - cpu_idle0) * 10 / 2 )) ms a second"
