#!/bin/sh
# nb.sh FEED.xml OUT.txt DIR: open the one-item feed in Debian's newsboat
# 2.21 (in a detached tmux session 200x50, a fresh cache in DIR), open the
# feed, open its article and save it with newsboat's own "save" command
# (key s, the file name newsboat proposes, Enter); the saved file is OUT.txt.
set -e
F=$1; OUT=$2; D=$3
TOOLS=$(cd "$(dirname "$0")" && pwd)
rm -rf "$D"; mkdir -p "$D/save"
printf '"exec:cat %s"\n' "$F" > "$D/urls"
{ printf 'save-path "%s/save"\n' "$D"; cat "$TOOLS/config"; } > "$D/config"
S=yqnb$$
wait_for() { # text in the pane
    i=0
    until tmux capture-pane -p -t "$S" 2>/dev/null | grep -q -- "$1"; do
        i=$((i + 1)); [ $i -gt 100 ] && { echo "nb.sh: timed out waiting for $1" >&2; tmux kill-session -t "$S"; exit 1; }
        sleep 0.2
    done
}
tmux new-session -d -s "$S" -x 200 -y 50 "LANG=C.UTF-8 TERM=xterm newsboat -r -u '$D/urls' -c '$D/cache.db' -C '$D/config'"
wait_for '(1 unread, 1 total)'
tmux send-keys -t "$S" Enter
wait_for "Articles in feed"
tmux send-keys -t "$S" Enter
wait_for "Article '"
tmux send-keys -t "$S" s
wait_for "File: "
tmux send-keys -t "$S" Enter
i=0
until [ -n "$(ls "$D/save")" ]; do i=$((i + 1)); [ $i -gt 100 ] && exit 1; sleep 0.2; done
sleep 0.5
tmux kill-session -t "$S"
cp "$D/save/"* "$OUT"
