#!/usr/bin/env bash
# The quick start: builds the tool, starts a sandbox with 1,000 demo service points
# on a free port, signs in and runs the everyday commands against it, then stops
# the sandbox. Nothing is written outside a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bins
bin="$PWD/target/release"
export CITIZENINFO_CONFIG_DIR="$(mktemp -d)"
log="$CITIZENINFO_CONFIG_DIR/sandbox.log"
"$bin/citizeninfo-sandbox" --listen 127.0.0.1:0 --demo 1000 > "$log" &
sandbox=$!
trap 'kill "$sandbox" 2>/dev/null; rm -rf "$CITIZENINFO_CONFIG_DIR"' EXIT
until grep -q '^listening on ' "$log"; do sleep 0.1; done
CITIZENINFO_URL="$(sed -n 's/^listening on //p' "$log")"
export CITIZENINFO_URL

run() {
    printf '\n$ citizeninfo %s\n' "$*"
    "$bin/citizeninfo" "$@"
}

echo demo | run login --username demo --password-stdin
run auth status
run points list --department 1401 --limit 8
run points show 1401010000004
run points edit 1401010000004 --hours "จ-ศ 08:00-12:00,13:00-16:00; sat 09:00-12:00" --dry-run
run points edit 1401010000004 --telephone "0 2221 2141"
run points hide 1401010000010 1401010000011
run points list --department 1401 --status hidden --lang en
