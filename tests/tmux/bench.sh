#!/usr/bin/env bash
# Speed and size of the trainer under tmux: first screen after process start, keypress-to-redraw
# (median and 95th percentile) in the library, the reader, a quiz and for Esc, peak memory with the seed open.
#   tests/tmux/bench.sh [QUIZTUI_BINARY]   (default: the NativeAOT build in artifacts/aot/quiztui,
#   made by: dotnet publish src/QuizTui -c Release -r linux-x64 -p:PublishAot=true -o artifacts/aot)
#   RUNS (first screens, default 5), PRESSES (keys per screen, default 40); TRACE=1 also reports the program's own
#   timing of each key (QUIZTUI_TRACE: bytes read to frame written, inside the process), TRACE_OUT=FILE keeps that
#   trace; TMUX_SOCKET names the tmux server (default: a new one per run, killed at the end). Needs tmux and perl.
#
# Timing goes through a tmux control-mode client (tmux -C): the keys are sent on it and tmux reports each piece of
# a pane's output on it (%output) the moment the program writes it, so no polling of capture-pane (a new process
# each time) adds to the figures. The keys are timed by keytimes.pl (it reads the client in large pieces; see there).
# The same round trip to a pane running cat is tmux's own share.
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
# A tmux server of its own (TMUX_SOCKET, default one per run): nothing of another tmux user is touched, and it goes at the end.
socket=${TMUX_SOCKET:-quiztui-bench-$$}
tmux_bin=$(command -v tmux)
tmux() { "$tmux_bin" -L "$socket" "$@"; }
ctl_pid=
cleanup() {
  if [ -n "$ctl_pid" ]; then kill "$ctl_pid" 2>/dev/null || true; fi
  tmux kill-session -t "$session" 2>/dev/null || true
  tmux kill-session -t "$session-cat" 2>/dev/null || true
  tmux kill-server 2>/dev/null || true
  # tmux leaves the socket file of a killed server behind: remove it when the server was this run's own.
  [ -n "${TMUX_SOCKET:-}" ] || rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$socket"
  rm -rf "$work"
}
trap cleanup EXIT
lib="$work/library"   # an empty library folder: the shipped articles only
# A tmux server already running gives new panes its own environment, not this script's: the pane's command sets it.
# The pane waits until the control client is attached, stamps the time and becomes quiztui (exec): the clock starts
# at process start.
cat > "$work/launch" <<EOF
#!/usr/bin/env bash
tmux -L '$socket' wait-for "go-$session"
echo "\${EPOCHREALTIME/./}" > '$work/start'
export HOME='$work' XDG_DATA_HOME='$work/data' ${TRACE:+QUIZTUI_TRACE='$work/trace'}
exec '$bin' --library '$lib'
EOF
chmod +x "$work/launch"
us() { echo "${EPOCHREALTIME/./}"; }

# Attaches a control-mode client to session $1; its output is read from fd $out, commands go to fd $in.
attach() {
  if [ -n "$ctl_pid" ]; then kill "$ctl_pid" 2>/dev/null || true; wait "$ctl_pid" 2>/dev/null || true; fi
  # exec: the client is the coprocess itself, so killing it leaves no client attached.
  coproc CTL { exec "$tmux_bin" -L "$socket" -C attach -t "$1" 2>&1; }
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

# Keypress to redraw, timed by keytimes.pl through its own control client (see there): Down and Up alternately in the
# library list, in the reader (a line of scrolling: every row of the text moves) and among a quiz question's choices,
# and Esc back from the reader to the library (with Enter, untimed, opening it again).
kill "$ctl_pid" 2>/dev/null || true; wait "$ctl_pid" 2>/dev/null || true; ctl_pid=
main_pane=$pane
keytimes() { perl tests/tmux/keytimes.pl "$socket" "$1" "${@:2}"; }
updown=()
for i in $(seq "$presses"); do if [ $((i % 2)) -eq 1 ]; then updown+=(Down); else updown+=(Up); fi; done
escapes=()
for _ in $(seq "$(( (presses + 1) / 2 ))"); do escapes+=(Escape Enter); done
traced() { if [ -n "${TRACE:-}" ]; then grep -c '^key ' "$work/trace" || true; else echo 0; fi; }
# Runs keytimes for section $1 (keys after it) and keeps the program's own timing of the same keys.
section() {
  local name=$1 before; shift
  before=$(traced)
  keytimes "$main_pane" "$@" > "$work/$name.times"
  if [ -n "${TRACE:-}" ]; then grep '^key ' "$work/trace" | tail -n +"$((before + 1))" > "$work/$name.keys" || true; fi
}
wait_screen() { until tmux capture-pane -p -t "$main_pane" | grep -q "$1"; do sleep 0.01; done; sleep 0.3; }

section library "${updown[@]}"
tmux send-keys -t "$main_pane" Home Enter
wait_screen 'Reader'
section reader "${updown[@]}"
section escape "${escapes[@]}"
wait_screen 'Reader'

# Peak memory with the seed open in the reader, and its CPU use while idle there.
tmux send-keys -t "$main_pane" PageDown PageDown End
sleep 0.3
pid=$(tmux list-panes -t "$session" -F '#{pane_pid}')
rss=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
cpu_idle0=$(awk '{print $14 + $15}' "/proc/$pid/stat"); sleep 2; cpu_idle1=$(awk '{print $14 + $15}' "/proc/$pid/stat")

# A quiz of multiple-choice questions (the set-up opens on its Start row; four rows up is the format).
tmux send-keys -t "$main_pane" q
wait_screen 'Quiz set-up'
tmux send-keys -t "$main_pane" Up Up Up Up Right Enter
wait_screen 'Question 1 of'
section quiz "${updown[@]}"
[ -n "${TRACE_OUT:-}" ] && cp "$work/trace" "$TRACE_OUT" || true
tmux send-keys -t "$main_pane" C-q

# The same round trip to a pane running cat (it echoes each key): what tmux and the machine add by themselves.
tmux new-session -d -s "$session-cat" -x 80 -y 24 "cat"
cat_pane=$(tmux list-panes -t "$session-cat" -F '#{pane_id}')
xs=()
for _ in $(seq "$presses"); do xs+=(x); done
keytimes "$cat_pane" "${xs[@]}" > "$work/cat.times"
tmux kill-session -t "$session-cat"

pct() { sort -n | awk -v p="$1" '{a[NR]=$1} END {i=int((NR*p+99)/100); if (i<1) i=1; print a[i]}'; }
ms() { awk '{printf "%.1f", $1/1000}'; }
stats() { local v; v=$(cat); echo "median $(pct 50 <<<"$v" | ms)  p95 $(pct 95 <<<"$v" | ms)  max $(pct 100 <<<"$v" | ms)"; }
# Reports section $1 (keys named $2, all when empty) under the title $3.
report() {
  local file="$work/$1.times" n
  n=$(awk -v k="$2" 'k == "" || $1 == k' "$file" | wc -l)
  echo "$3 ($n keys): first output $(awk -v k="$2" 'k == "" || $1 == k {print $2}' "$file" | stats)"
  echo "    end of the redraw $(awk -v k="$2" 'k == "" || $1 == k {print $3}' "$file" | stats)"
  if [ -s "$work/$1.keys" ] && [ -z "$2" ]; then
    echo "    inside the process, bytes read to the end of the iteration that wrote the frame: $(awk '{for (i=1;i<=NF;i++) if ($i=="read-to-iteration-end") print $(i+1)*1000}' "$work/$1.keys" | stats)"
  fi
}
t0=$(us); "$bin" --version >/dev/null; version=$(( ($(us) - t0) / 1000 ))
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); quiztui --version takes $version ms"
echo "binary: $bin ($(du -h "$bin" | cut -f1))"
echo "first screen after process start (ms, $runs runs): ${first[*]}  median $(printf '%s\n' "${first[@]}" | pct 50)"
echo "keypress to redraw under tmux, ms:"
report library '' "  library, Down/Up"
report reader '' "  reader, Down/Up (scroll a line)"
report escape Escape "  Esc, reader back to the library"
report quiz '' "  quiz, Down/Up among the choices"
report cat '' "  same round trip to a pane running cat (tmux alone)"
echo "peak RSS with the seed open: $((rss / 1024)) MB; CPU while idle in the reader: $(( (cpu_idle1 - cpu_idle0) * 10 / 2 )) ms a second"
