#!/usr/bin/env bash
# Real-terminal check: runs quiztui in tmux at 80x24, drives it with keys as a user would, and compares
# each captured pane with the approved headless screen of the same step (trailing spaces trimmed).
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

normalise() { sed -e 's/^\xEF\xBB\xBF//' -e 's/[[:space:]]*$//' | awk '{lines[NR]=$0} END {n=NR; while (n>0 && lines[n]=="") n--; for (i=1;i<=n;i++) print lines[i]}'; }

# Waits until the pane shows $1, then compares it with the approved file $2 (a whole file, or the
# section "=== $3 ===" of it).
check() {
  local want=$1 approved=$2 section=${3:-}
  for _ in $(seq 300); do
    tmux capture-pane -p -t "$session" | grep -qF -- "$want" && break
    sleep 0.05
  done
  sleep 0.2
  tmux capture-pane -p -t "$session" | normalise > "$work/pane"
  if [ -n "$section" ]; then
    awk -v s="=== $section ===" '$0==s {on=1; next} /^=== .* ===$/ {on=0} on' "$snap/$approved" | normalise > "$work/approved"
  else
    normalise < "$snap/$approved" > "$work/approved"
  fi
  if diff -u "$work/approved" "$work/pane" > "$work/diff"; then
    echo "tmux-check: ok   ${section:-$approved}"
  else
    echo "tmux-check: DIFF ${section:-$approved}"
    cat "$work/diff"
    failed=1
  fi
}

export HOME="$work" XDG_DATA_HOME="$work/data" TERM=xterm-256color
tmux new-session -d -s "$session" -x 80 -y 24 "$(printf '%q ' "${cmd[@]}") --library '$work/library'"

check "15 articles" "LibraryScreenTests.Lists_the_shipped_articles_with_source_date_length_and_reading_time.80x24.approved.txt"
tmux send-keys -t "$session" h a j j
check "1 of 15 articles" "LibraryScreenTests.Filters_the_list_as_you_type.approved.txt"
# A lone Esc is told from the start of an escape sequence by a pause, as when a person types it.
esc() { tmux send-keys -t "$session" Escape; sleep 0.4; }
esc; tmux send-keys -t "$session" Home Enter
check "Library › Reader" "ReaderScreenTests.Shows_the_seed_article_as_parsed.80x24.approved.txt"
tmux send-keys -t "$session" b
check "Removed as site furniture" "ReaderScreenTests.Shows_the_removed_site_furniture_on_request.approved.txt"
tmux send-keys -t "$session" b q
check "Quiz set-up" "SetupScreenTests.Offers_defaults_that_start_at_once.80x24.approved.txt"
esc; esc; tmux send-keys -t "$session" F1
check "Press any key to close" "LibraryScreenTests.Shows_the_help_for_the_library_keys.approved.txt"
tmux send-keys -t "$session" Space C-q

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
