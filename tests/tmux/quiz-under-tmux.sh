#!/usr/bin/env bash
# Real-terminal check: runs quiztui in tmux at 80x24, drives it with keys as a user would (library, filter,
# reader, set-up, help, then a full quiz on the seed with the real question generator: every question answered,
# results, review of the missed ones, back to the library), and compares each captured pane with the approved
# headless screen of the same step (trailing spaces trimmed; clock readings masked, since tmux runs in real time).
#   tests/tmux/quiz-under-tmux.sh [QUIZTUI_COMMAND...]   (default: dotnet src/QuizTui/bin/Release/net10.0/quiztui.dll,
#   built first). Exit 0 when every pane matches; 1 with a diff otherwise; 2 when it cannot run.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
command -v tmux >/dev/null || { echo "tmux-check: tmux is not installed" >&2; exit 2; }
if [ $# -gt 0 ]; then
  cmd=("$@")
else
  dotnet build src/QuizTui -c Release -v q -nologo >/dev/null || { echo "tmux-check: build failed" >&2; exit 2; }
  cmd=(dotnet "$root/src/QuizTui/bin/Release/net10.0/quiztui.dll")
fi

work=$(mktemp -d)
session="quiztui-check-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT
snap="$root/snapshots/QuizTui.Tests/Tui"
failed=0

# Clock readings differ between virtual and real time: the quiz's "Time 0:12" and the results' "in 2 minutes".
normalise() {
  sed -e 's/^\xEF\xBB\xBF//' -e 's/[[:space:]]*$//' \
      -e 's/Time [0-9]*:[0-9][0-9]/Time m:ss/' -e 's/^\( [0-9]* of [0-9]* right  [0-9]*%  in \).*/\1(time)/' |
    awk '{lines[NR]=$0} END {n=NR; while (n>0 && lines[n]=="") n--; for (i=1;i<=n;i++) print lines[i]}'
}

# The approved file $1, or its section "=== $2 ===".
approved() {
  if [ -n "${2:-}" ]; then
    sed 's/^\xEF\xBB\xBF//' "$snap/$1" | awk -v s="=== $2 ===" '$0==s {on=1; next} /^=== .* ===$/ {on=0} on'
  else
    cat "$snap/$1"
  fi
}

# Waits until the pane shows the approved screen $1 (a whole file, or its section $2); after 30 s, shows the diff.
check() {
  local file=$1 section=${2:-}
  approved "$file" "$section" | normalise > "$work/approved"
  for _ in $(seq 600); do
    tmux capture-pane -p -t "$session" | normalise > "$work/pane"
    cmp -s "$work/approved" "$work/pane" && break
    sleep 0.05
  done
  if diff -u "$work/approved" "$work/pane" > "$work/diff"; then
    echo "tmux-check: ok   ${section:-$file}"
  else
    echo "tmux-check: DIFF ${section:-$file}"
    cat "$work/diff"
    failed=1
  fi
}

export HOME="$work" XDG_DATA_HOME="$work/data" TERM=xterm-256color
# A tmux server already running gives new panes its own environment, not this script's: the command sets it.
tmux new-session -d -s "$session" -x 80 -y 24 "env HOME='$work' XDG_DATA_HOME='$work/data' $(printf '%q ' "${cmd[@]}") --library '$work/library'"

check "LibraryScreenTests.Lists_the_shipped_articles_with_source_date_length_and_reading_time.80x24.approved.txt"
tmux send-keys -t "$session" h a j j
check "LibraryScreenTests.Filters_the_list_as_you_type.approved.txt"
# A lone Esc is told from the start of an escape sequence by a pause, as when a person types it.
esc() { tmux send-keys -t "$session" Escape; sleep 0.4; }
esc; tmux send-keys -t "$session" Home Enter
check "ReaderScreenTests.Shows_the_seed_article_as_parsed.80x24.approved.txt"
tmux send-keys -t "$session" b
check "ReaderScreenTests.Shows_the_removed_site_furniture_on_request.approved.txt"
tmux send-keys -t "$session" b q
check "SetupScreenTests.Offers_defaults_that_start_at_once.80x24.approved.txt"
esc; esc; tmux send-keys -t "$session" F1
check "LibraryScreenTests.Shows_the_help_for_the_library_keys.approved.txt"
tmux send-keys -t "$session" Space

# A full quiz with the real generator, as GeneratedQuizTests drives it headless. The answers given there are read
# back from its approved screens: the marked choice (✔ right, ✘ the wrong one chosen) or the typed answer.
quiz="GeneratedQuizTests.Runs_a_quiz_on_the_seed_with_the_real_generator_then_reviews_and_resumes_through_the_store.approved.txt"
# answer SECTION right|chosen: sends the right answer, or the one chosen on that screen.
answer() {
  local text digit
  text=$(approved "$quiz" "$1")
  if grep -q '^  Your answer' <<<"$text"; then
    if [ "$2" = right ] && ! grep -q '✔ Correct' <<<"$text"; then
      digit=$(sed -n 's/.*the answer is \(.*\)$/\1/p' <<<"$text" | head -1)
    else
      digit=$(sed -n 's/^  Your answer  \(.*\)$/\1/p' <<<"$text" | head -1)
    fi
    tmux send-keys -t "$session" -l "$digit"
    tmux send-keys -t "$session" Enter
  else
    local mark='✔'; [ "$2" = chosen ] && grep -q '^  ✘ [1-4]  ' <<<"$text" && mark='✘'
    digit=$(sed -n "s/^  $mark \([1-4]\)  .*/\1/p" <<<"$text" | head -1)
    tmux send-keys -t "$session" "$digit"
  fi
}

tmux send-keys -t "$session" Home Enter q
check "$quiz" "set-up: the defaults"
tmux send-keys -t "$session" Enter
check "$quiz" "question 1"
missed=()
for n in $(seq 10); do
  step=$(grep -o "^=== question $n answered [a-z ]* ===$" "$snap/$quiz" | sed 's/^=== \(.*\) ===$/\1/')
  answer "$step" chosen
  check "$quiz" "$step"
  if grep -qx "=== question $n after i: I was right ===" "$snap/$quiz"; then
    tmux send-keys -t "$session" i
    check "$quiz" "question $n after i: I was right"
  elif [[ $step == *wrongly ]]; then
    missed+=("$step")
  fi
  tmux send-keys -t "$session" Enter
done
check "$quiz" "results"
tmux send-keys -t "$session" r
check "$quiz" "review of the missed: first question"
for step in "${missed[@]}"; do
  answer "$step" right
  tmux send-keys -t "$session" Enter
done
check "$quiz" "review of the missed: results"
tmux send-keys -t "$session" Enter; esc
check "$quiz" "library: the last score comes from the store"
tmux send-keys -t "$session" C-q

# Ctrl+Q must end the process and give the terminal back.
for _ in $(seq 100); do
  tmux list-panes -t "$session" -F '#{pane_dead}' 2>/dev/null | grep -q 0 || break
  sleep 0.05
done
if tmux has-session -t "$session" 2>/dev/null && tmux list-panes -t "$session" -F '#{pane_dead}' | grep -q 0; then
  echo "tmux-check: DIFF quiztui still running after Ctrl+Q"
  failed=1
else
  echo "tmux-check: ok   Ctrl+Q quits"
fi

exit $failed
