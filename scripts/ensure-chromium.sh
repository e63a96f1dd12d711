#!/usr/bin/env bash
# Browser tests use Debian's Chromium (never a downloaded browser) and need CJK fonts for
# Japanese. Installs both with apt-get when missing and running as root; otherwise says what to run.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
need=()
[ -x "$chromium" ] || need+=(chromium)
if ! ls /usr/share/fonts/opentype/noto/NotoSansCJK* >/dev/null 2>&1; then need+=(fonts-noto-cjk); fi
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "Installing ${need[*]} with apt-get for the browser tests"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
else
	echo "Browser tests need: ${need[*]}. Run: sudo apt-get update && sudo apt-get install -y ${need[*]}" >&2
	echo "(or set CHROMIUM_PATH to a Chromium binary)" >&2
	exit 1
fi
