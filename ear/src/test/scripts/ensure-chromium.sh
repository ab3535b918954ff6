#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through Debian's ChromeDriver. Install both when
# they are missing and we may (root, or password-less sudo); otherwise say what to do.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
else
    echo "Die Browsertests brauchen Chromium und ChromeDriver: sudo apt-get install -y chromium chromium-driver" >&2
    exit 1
fi
echo "Installiere chromium und chromium-driver (Debian) für die Browsertests ..."
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq chromium chromium-driver >/dev/null
