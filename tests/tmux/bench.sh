#!/usr/bin/env bash
# Speed and size of the trainer under tmux: first screen after process start, keypress-to-redraw
# (median and 95th percentile), peak memory with the seed open.
#   tests/tmux/bench.sh [QUIZTUI_BINARY]   (default: the NativeAOT build in artifacts/aot/quiztui,
#   made by: dotnet publish src/QuizTui -c Release -r linux-x64 -p:PublishAot=true -o artifacts/aot)
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-artifacts/aot/quiztui}
[ -x "$bin" ] || { echo "bench: $bin not found; publish it first (see the header of this script)" >&2; exit 2; }
bin=$(realpath "$bin")
command -v tmux >/dev/null || { echo "bench: tmux is needed" >&2; exit 2; }

runs=${RUNS:-5}
presses=${PRESSES:-40}
work=$(mktemp -d)
session="quiztui-bench-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT
now() { date +%s%N; }
lib="$work/library"   # an empty library folder: the shipped articles only
export HOME="$work" XDG_DATA_HOME="$work/data"

first=()
for _ in $(seq "$runs"); do
  tmux kill-session -t "$session" 2>/dev/null || true
  # The pane's command stamps the time and then becomes quiztui (exec), so the clock starts at process start.
  tmux new-session -d -s "$session" -x 80 -y 24 "date +%s%N > '$work/start'; exec '$bin' --library '$lib'"
  until tmux capture-pane -p -t "$session" 2>/dev/null | grep -q 'articles'; do sleep 0.002; done
  seen=$(now)
  first+=($(( (seen - $(cat "$work/start")) / 1000000 )))
done

# Keypress to redraw: move down the library list and wait for the pane to change.
lat=()
before=$(tmux capture-pane -p -t "$session")
for i in $(seq "$presses"); do
  key=Down; [ $((i % 2)) -eq 0 ] && key=Up
  t0=$(now)
  tmux send-keys -t "$session" "$key"
  while :; do
    screen=$(tmux capture-pane -p -t "$session")
    [ "$screen" != "$before" ] && break
  done
  lat+=($(( ($(now) - t0) / 1000 )))
  before=$screen
done

# The same round trip to a pane running cat (it echoes each key): what tmux and the machine add by themselves.
tmux new-session -d -s "$session-cat" -x 80 -y 24 "cat"
base=()
before=$(tmux capture-pane -p -t "$session-cat")
for i in $(seq "$presses"); do
  t0=$(now)
  tmux send-keys -t "$session-cat" x
  while :; do
    screen=$(tmux capture-pane -p -t "$session-cat")
    [ "$screen" != "$before" ] && break
  done
  base+=($(( ($(now) - t0) / 1000 )))
  before=$screen
done
tmux kill-session -t "$session-cat"

# Peak memory with the seed open in the reader.
tmux send-keys -t "$session" Home Enter
until tmux capture-pane -p -t "$session" | grep -q 'Reader'; do sleep 0.01; done
tmux send-keys -t "$session" PageDown PageDown End
sleep 0.3
pid=$(tmux list-panes -t "$session" -F '#{pane_pid}')
rss=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
tmux send-keys -t "$session" C-q

pct() { sort -n | awk -v p="$1" '{a[NR]=$1} END {i=int((NR*p+99)/100); if (i<1) i=1; print a[i]}'; }
t0=$(now); "$bin" --version >/dev/null; version=$(( ($(now) - t0) / 1000000 ))
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); quiztui --version takes $version ms"
echo "binary: $bin ($(du -h "$bin" | cut -f1))"
echo "first screen after process start (ms, $runs runs): ${first[*]}  median $(printf '%s\n' "${first[@]}" | pct 50)"
echo "keypress to redraw under tmux (ms, $presses presses): median $(printf '%s\n' "${lat[@]}" | pct 50 | awk '{printf "%.1f", $1/1000}')  p95 $(printf '%s\n' "${lat[@]}" | pct 95 | awk '{printf "%.1f", $1/1000}')  (includes tmux send-keys and capture-pane round trips)"
echo "same round trip to a pane running cat (tmux alone, ms): median $(printf '%s\n' "${base[@]}" | pct 50 | awk '{printf "%.1f", $1/1000}')  p95 $(printf '%s\n' "${base[@]}" | pct 95 | awk '{printf "%.1f", $1/1000}')"
echo "peak RSS with the seed open: $((rss / 1024)) MB"
