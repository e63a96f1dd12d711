#!/bin/sh
# Restarts the kiosk service when its page has stopped sending heartbeats: the browser process
# may stay up while the page hangs. Run every minute (systemd timer, README). The page posts a
# heartbeat every 30 s and `npm run kiosk` touches HEARTBEAT_FILE for each one, and at start.
# Settings: HEARTBEAT_FILE, MAX_AGE (seconds, default 120), KIOSK_UNIT (default scrollymap-kiosk.service).
set -eu
file="${HEARTBEAT_FILE:-${TMPDIR:-/tmp}/scrollymap-kiosk.heartbeat}"
max="${MAX_AGE:-120}"
unit="${KIOSK_UNIT:-scrollymap-kiosk.service}"
# not started yet: the service manager handles a kiosk that never starts
[ -f "$file" ] || exit 0
age=$(( $(date +%s) - $(stat -c %Y "$file") ))
if [ "$age" -gt "$max" ]; then
	echo "kiosk page silent for ${age} s: restarting ${unit}"
	systemctl restart "$unit"
fi
