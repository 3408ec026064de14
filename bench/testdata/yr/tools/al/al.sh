#!/bin/sh
# al.sh MBOX OUT.txt DIR: open the one-message mbox as the INBOX of Debian's
# Alpine 2.26 (a fresh HOME and pinerc in DIR, inside a detached tmux
# session of 80x40), open the message (Alpine renders its text/html part
# with its own HTML filter) and export it with Alpine's own Export command
# (E, a file name, Enter); the exported file is OUT.txt.
set -e
F=$1; OUT=$2; D=$3
rm -rf "$D"; mkdir -p "$D/home/mail"
cp "$F" "$D/inbox"
# last-version-used as Alpine 2.26 writes it: no greeting screen
printf 'personal-name=Leser\nuser-domain=example.org\ninbox-path=%s/inbox\nlast-version-used=6.26\nfeature-list=quit-without-confirm\n' "$D" > "$D/pinerc"
S=yral$$
wait_for() { # text in the pane
    i=0
    until tmux capture-pane -p -t "$S" 2>/dev/null | grep -q -- "$1"; do
        i=$((i + 1)); [ $i -gt 100 ] && { echo "al.sh: timed out waiting for $1" >&2; tmux kill-session -t "$S"; exit 1; }
        sleep 0.2
    done
}
tmux new-session -d -s "$S" -x 80 -y 40 "HOME='$D/home' LANG=C.UTF-8 TERM=xterm alpine -p '$D/pinerc' -i"
wait_for 'MESSAGE INDEX'
tmux send-keys -t "$S" Enter
wait_for 'MESSAGE TEXT'
tmux send-keys -t "$S" E
wait_for 'EXPORT:'
tmux send-keys -t "$S" out.txt Enter
wait_for 'exported to file'
tmux kill-session -t "$S"
cp "$D/home/out.txt" "$OUT"
