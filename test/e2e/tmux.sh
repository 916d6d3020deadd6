#!/usr/bin/env bash
# End to end, as a person types: the real binary in tmux panes of 200 and 40 columns, keys sent
# in bursts (send-keys, a paste), the screen read back with capture-pane. A whole onboarding in
# fr-FR switching to zh-CN mid-way, the picker filtered on a docs repository, the lists and the o
# list at 40×12 (where they are, the title kept), TERM=dumb (wrapped at 40 columns), and the
# shell's screen given back on quit. Prints "ok"/"FAIL" per check and ends with
# "e2e: N passed, N failed" (.ci/run adds those to its totals). Captures go to $E2E_CAPTURES if set.
set -u
cd "$(dirname "$0")/../.."
command -v tmux > /dev/null || { echo "e2e: tmux is not installed"; echo "e2e: 0 passed, 1 failed"; exit 1; }
work=$(mktemp -d)
socket="$work/tmux.sock"
trap 'tmux -S "$socket" kill-server 2> /dev/null; rm -rf "$work"' EXIT
passed=0
failed=0
# A person at a terminal, even when this script runs under CI (CI=true would make docflow plain).
unset CI
export XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache" LANG=C.UTF-8
bin="node $(pwd)/dist/bundle/main.cjs"
t() { tmux -S "$socket" "$@"; }

start() { # start <name> <columns> <rows> <command...>: a pane that stays after the command ends
  local name=$1 columns=$2 rows=$3; shift 3
  t new-session -d -s "$name" -x "$columns" -y "$rows" "$*"
  t set-option -t "$name" remain-on-exit on > /dev/null
}
screen() { t capture-pane -p -t "$1"; }
wait_for() { # wait_for <name> <text>: until the pane shows the text (30 s: a cold parse of a repository)
  for _ in $(seq 300); do screen "$1" | grep -qF -- "$2" && return 0; sleep 0.1; done
  return 1
}
check() { # check <what> <command...>
  local what=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok   $what"; else failed=$((failed + 1)); echo "FAIL $what"; screen "${pane:-}" 2> /dev/null | sed 's/^/     | /' | head -40; fi
}
keep() { [ -n "${E2E_CAPTURES:-}" ] && mkdir -p "$E2E_CAPTURES" && screen "$1" > "$E2E_CAPTURES/$2.txt"; return 0; }
widest() { screen "$1" | wc -L; }
# Esc then a letter in one read is Alt+letter to every terminal program: a person pauses between.
escape() { t send-keys -t "$1" Escape; sleep 0.3; }

# 1. fr-FR at 200 columns, the account typed as one burst, then zh-CN mid-way; the text stays readable-width.
pane=onboarding
start $pane 200 40 "$bin run add-a-new-customer --locale fr-FR --restart"
check "fr-FR flow opens on step 1" wait_for $pane "Étape 1 sur 5"
check "at 200 columns a step stays readable (≤ 100 columns)" test "$(widest $pane)" -le 100
keep $pane fr-FR
t send-keys -t $pane Enter
check "Enter goes to step 2" wait_for $pane "Étape 2 sur 5"
t send-keys -t $pane -l $'Contoso Ltd\r1 Main Street, Beijing\rChina\rLi Lei\rli@contoso.com\r+86 10 1234 5678\r'
check "six answers sent in one burst are all taken" wait_for $pane "Li Lei"
t send-keys -t $pane Enter
check "on to step 3" wait_for $pane "Étape 3 sur 5"
escape $pane; t send-keys -t $pane l
check "l opens the language menu with native names" wait_for $pane "中文"
t send-keys -t $pane Down Enter
check "switched to zh-CN on the same step" wait_for $pane "第 3 步，共 5 步"
keep $pane zh-CN
t send-keys -t $pane g
check "g shows the steps, the done ones ticked" wait_for $pane "✔  2."
escape $pane; t send-keys -t $pane '?'
check "? lists the keys in Chinese" wait_for $pane "按键"
t send-keys -t $pane x
# On to the end in zh-CN: Enter brings back the step's fields (left with Esc before the switch).
t send-keys -t $pane Enter
check "Enter brings the fields back while a required one is empty" wait_for $pane "许可证数量"
t send-keys -t $pane ' ' Enter; sleep 0.3; t send-keys -t $pane -l $'5\r'
check "the offer and the licenses are taken" wait_for $pane "许可证数量：5"
t send-keys -t $pane Enter; sleep 0.3; t send-keys -t $pane Enter
check "on to the last step" wait_for $pane "第 5 步，共 5 步"
t send-keys -t $pane Enter
check "the whole flow is done, in zh-CN" wait_for $pane "已完成全部 5 步。"
t send-keys -t $pane q
check "q leaves the alternate screen: no frame is left behind" bash -c "sleep 0.5; ! tmux -S '$socket' capture-pane -p -t $pane | grep -q '已完成'"

# 2. zh-CN at 40 columns: nothing wider than the pane, the key hints whole; then ended by a kill
# (SIGTERM): the shell's screen back, the status a shell expects (128 + 15).
pane=narrow
# The shell stays after its echo: tmux 3.3 writes "Pane is dead" over a dead pane's last line,
# and on a loaded box that was the status line (the bytes were right: ?1049l, then status=143).
start $pane 40 30 "$bin run add-a-new-customer --locale zh-CN --restart; echo status=\$?; sleep 60"
check "zh-CN flow opens at 40 columns" wait_for $pane "第 1 步，共 5 步"
check "at 40 columns no line is wider than the pane" test "$(widest $pane)" -le 40
check "the key hints are whole at 40 columns" wait_for $pane "q 退出"
kill -TERM "$(pgrep -P "$(t display -p -t $pane '#{pane_pid}')" node)"
check "a kill leaves the alternate screen, status 143" wait_for $pane "status=143"
check "and nothing of the frame is left" bash -c "! tmux -S '$socket' capture-pane -p -t $pane | grep -q 'q 退出'"

# 2b. A narrowed pane drawn again whole (nothing of the wider screen left above it), and a
# pasted two-line address kept in its field (bracketed paste: its line break is not Enter).
pane=resize
start $pane 100 30 "$bin run add-a-new-customer --locale fr-FR --restart"
check "opens at 100 columns" wait_for $pane "Étape 1 sur 5"
t send-keys -t $pane Enter
check "on to step 2" wait_for $pane "Étape 2 sur 5"
t resize-window -t $pane -x 50
check "narrowed to 50 columns, one header and nothing wider than the pane" bash -c "sleep 1; s=\$(tmux -S '$socket' capture-pane -p -t $pane); test \$(grep -c 'fr-FR' <<< \"\$s\") = 1 && test \$(wc -L <<< \"\$s\") -le 50"
t send-keys -t $pane -l $'Contoso\r'
t set-buffer -b address $'1 Main St\nBuilding 2'
t paste-buffer -p -b address -t $pane
check "a pasted two-line address stays in its field, on one line" wait_for $pane "1 Main St Building 2"
check "and does not spill into the next field" bash -c "! tmux -S '$socket' capture-pane -p -t $pane | grep -q '✔ Adresse'"
# A key no screen uses (Ink threw on Ctrl+F1), then a paste on the step, its fields left: text, not commands (its q).
t send-keys -t $pane C-F1; escape $pane
t set-buffer -b quai '1 quai de la Tournelle'
t paste-buffer -p -b quai -t $pane
check "Ctrl+F1 and a paste on the step leave it on step 2" bash -c "sleep 1; tmux -S '$socket' capture-pane -p -t $pane | grep -q 'Étape 2 sur 5'"
t send-keys -t $pane C-c

# 3. The picker on a docs repository, filtered by typing.
repo=../shared/corpus/partner-center-pr.fr-fr
if [ -d "$repo" ]; then
  pane=picker
  start $pane 120 24 "$bin run --content $repo --locales $work/locales --locale fr-FR"
  check "the picker opens on the repository" wait_for $pane "Choisissez une procédure"
  check "the picker is as tall as the pane and says where it is" wait_for $pane "1–16 sur"
  t send-keys -t $pane -l "abonnement"
  check "typing filters the list" wait_for $pane "/ abonnement"
  check "the article's folder shows beside its title" wait_for $pane "partner-center/"
  keep $pane picker
  t send-keys -t $pane Enter
  check "Enter opens the first match" wait_for $pane "Entrée/→ suivant"
  # Its first step stands under the article's opening and the text of the section over it (an
  # upgrade table): a page down shows it.
  t send-keys -t $pane PageDown
  check "a page down shows its first step" wait_for $pane "Étape 1 sur"
  escape $pane
  check "Esc goes back to the picker" wait_for $pane "Choisissez une procédure"
  check "the search is as it was left" wait_for $pane "/ abonnement"
  escape $pane; escape $pane

  # 3c. At 40×12, a step with eight procedures to open: with the o list open, the line under the
  # step still counts the whole step (it said "lignes 1–2 sur 15" of a step of 18 lines).
  pane=benefits
  start $pane 40 12 "$bin run partner-center/mpn-find-benefits --content $repo --locales $work/locales --locale fr-FR --restart"
  check "a step linking to eight procedures opens at 40×12" wait_for $pane "Trouver vos avantages"
  t send-keys -t $pane Enter
  check "on to its step 2" wait_for $pane "Étape 2 sur 3"
  total=$(screen $pane | sed -nE 's/^lignes 1–[0-9]+ sur ([0-9]+) .*/\1/p')
  t send-keys -t $pane o
  check "with the o list open, the step is as long as it was ($total lines)" wait_for $pane "lignes 1–2 sur $total ·"
  escape $pane; t send-keys -t $pane q
fi

# 3a. 40×12 in French, whose key hints take three lines there: the picker's title stays on the
# screen's first line (a frame a line taller than the pane scrolled it off).
pane=small
start $pane 40 12 "$bin run --locale fr-FR"
check "at 40×12 the French picker keeps its title on the first line" bash -c "for _ in \$(seq 300); do tmux -S '$socket' capture-pane -p -t $pane | head -1 | grep -q '^Choisissez une procédure' && exit 0; sleep 0.1; done; exit 1"
check "and says more procedures lie below" bash -c "tmux -S '$socket' capture-pane -p -t $pane | grep -qE '^1–[0-9]+ sur [0-9]+ · ↓$'"
# The language menu cut to the pane says so, and which way the others lie, under its title.
t send-keys -t $pane Tab
check "at 40×12 the language menu says where it is among the 21 languages" wait_for $pane "sur 21 · ↑/↓"
check "under its title, on the first line" bash -c "tmux -S '$socket' capture-pane -p -t $pane | head -1 | grep -qx Langue"
escape $pane; escape $pane

# 3b. he-IL, right to left.
he=../shared/corpus/customer-insights-pr.he-il
if [ -d "$he" ]; then
  pane=hebrew
  start $pane 100 30 "$bin run ci-docs/audience-insights/activities --content $he --locales $work/he-locales --locale he-IL --restart"
  check "a Hebrew flow opens" wait_for $pane "שלב 1 מתוך"
  keep $pane he-IL
  t send-keys -t $pane q
fi

# 4. TERM=dumb: plain text, no cursor movement; answers typed line by line. The full-screen run
# left at step 2 above is offered, as it would be there; n starts over.
pane=dumb
start $pane 100 40 "env TERM=dumb $bin run add-a-new-customer --locale fr-FR"
check "TERM=dumb offers the run left at step 2" wait_for $pane "étape 2 sur 5"
t send-keys -t $pane n Enter
check "TERM=dumb prints the steps as text" wait_for $pane "Étape 1 sur 5"
t send-keys -t $pane Enter
check "TERM=dumb asks for the first answer" wait_for $pane "Nom de la société"
t send-keys -t $pane -l $'Contoso\r1 Main St\rChina\rLi Lei\rli@contoso.com\r+86 10 1234 5678\r'
t send-keys -t $pane Enter
check "TERM=dumb goes on after the answers" wait_for $pane "Étape 3 sur 5"
# Left at step 3's fields (a q there is an answer): Ctrl+C. One docflow at a time keeps a flow's
# run, so the next one starts once this one has ended, which lets go of the lock.
t send-keys -t $pane C-c
check "Ctrl+C ends the plain run" bash -c "for _ in \$(seq 100); do [ \"\$(tmux -S '$socket' display -p -t $pane '#{pane_dead}')\" = 1 ] && exit 0; sleep 0.1; done; exit 1"
check "and lets go of the flow's lock" test ! -e "$XDG_STATE_HOME/docflow/runs/add-a-new-customer.lock"

# 4a. TERM=dumb at 40 columns: the text wraps between words, under each line's marker; only a
# word or address no line holds is folded by the terminal (-J joins what the terminal folded).
pane=dumb-narrow
start $pane 40 60 "env TERM=dumb $bin run create-a-new-subscription --locale fr-FR --restart"
check "TERM=dumb at 40 columns prints step 1" wait_for $pane "Étape 1 sur 4"
check "and wraps its words to the pane" bash -c "test \$(tmux -S '$socket' capture-pane -pJ -t $pane | grep -vE '^ *((\[[0-9]+\]|•|[a-z]\.|→) )?[^ ]+$' | wc -L) -le 40"
t send-keys -t $pane C-c

# 4b. That plain run, left at step 3, is offered the next time and goes on there.
pane=dumb-again
start $pane 100 40 "env TERM=dumb $bin run add-a-new-customer --locale fr-FR"
check "TERM=dumb offers its own run, left at step 3" wait_for $pane "étape 3 sur 5"
t send-keys -t $pane Enter
check "Enter resumes at step 3, asking its fields" wait_for $pane "Offres"
t send-keys -t $pane C-c

# 5. The terminal window closed (the pane killed: SIGHUP) on step 2 of the full-screen run:
# what was entered is kept and the flow's lock let go.
pane=hangup
start $pane 100 30 "$bin run add-a-new-customer --locale en-US --restart"
check "a run to hang up opens" wait_for $pane "Step 1 of 5"
t send-keys -t $pane Enter
t send-keys -t $pane -l $'Hangup Ltd\r'
check "its first field is taken" wait_for $pane "Company name: Hangup Ltd"
t kill-pane -t $pane
runs="$XDG_STATE_HOME/docflow/runs"
check "a closed window lets go of the lock" bash -c "for _ in \$(seq 100); do [ ! -e '$runs/add-a-new-customer.lock' ] && exit 0; sleep 0.1; done; exit 1"
check "and keeps what was entered" grep -q '"company-name": "Hangup Ltd"' "$runs/add-a-new-customer.json"

# 6. Ctrl+Z from the full-screen run, in a shell with job control: the shell's screen and its
# echo come back, "Stopped"; fg draws the step again whole, with what was typed.
pane=suspend
start $pane 100 30 "bash --norc -i"
t send-keys -t $pane "$bin run add-a-new-customer --locale en-US --restart" Enter
check "a run to suspend opens" wait_for $pane "Step 1 of 5"
t send-keys -t $pane Enter
t send-keys -t $pane -l 'Suspended Ltd'
check "its first field is typed" wait_for $pane "Suspended Ltd"
t send-keys -t $pane C-z
check "Ctrl+Z stops it and gives the shell its screen" wait_for $pane "Stopped"
t send-keys -t $pane "stty -a | grep -o ' -\\?icanon\\| -\\?echo ' | tr -d ' ' | paste -sd, -" Enter
check "with the terminal's echo and line editing back" wait_for $pane "icanon,echo"
t send-keys -t $pane "fg" Enter
check "fg draws the step again, the field as typed" bash -c "sleep 1; s=\$(tmux -S '$socket' capture-pane -p -t $pane); grep -q 'Step 2 of 5' <<< \"\$s\" && grep -q 'Suspended Ltd' <<< \"\$s\" && ! grep -q Stopped <<< \"\$s\""
t send-keys -t $pane C-c
check "and the keys work: Ctrl+C ends it, status 130" bash -c "sleep 0.5; tmux -S '$socket' send-keys -t $pane 'echo status=\$?' Enter; sleep 0.5; tmux -S '$socket' capture-pane -p -t $pane | grep -q status=130"

# 7. Keys typed as the run starts, before raw mode is on (the terminal echoes them then): taken
# by the app (Enter goes on to step 2), and nothing of them left on the shell's screen after.
pane=typeahead
start $pane 100 30 "bash --norc -i"
t send-keys -t $pane "clear; $bin run add-a-new-customer --locale en-US --restart" Enter
t send-keys -t $pane -l 'xy'; t send-keys -t $pane Enter
check "keys typed ahead are the app's: Enter went on to step 2" wait_for $pane "Step 2 of 5"
t send-keys -t $pane C-c
check "and nothing of them is left on the shell's screen" bash -c "sleep 1; s=\$(tmux -S '$socket' capture-pane -p -t $pane); grep -q 'bash' <<< \"\$s\" && ! grep -q xy <<< \"\$s\""

echo "e2e: $passed passed, $failed failed"
[ "$failed" = 0 ]
