#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Start-up benchmark: wall time from exec to the first painted chart, against a bare Qt window
# (both quit after their first paint). Median of RUNS runs. Budget: figdeck within
# BUDGET_MS of the bare window. Usage: tests/bench/startup.sh BUILD_DIR/figdeck
set -euo pipefail
figdeck=${1:-build/figdeck}
bare=$(dirname "$figdeck")/tests/barewindow
runs=${RUNS:-15}
budget_ms=${BUDGET_MS:-150}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export XDG_CONFIG_HOME=$(mktemp -d)
trap 'rm -rf "$XDG_CONFIG_HOME"' EXIT

median_ms() {
    local times=()
    for _ in $(seq "$runs"); do
        local t0 t1
        t0=$(date +%s%N)
        "$@" >/dev/null 2>&1
        t1=$(date +%s%N)
        times+=($(( (t1 - t0) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

"$figdeck" --quit-after-first-paint >/dev/null 2>&1 # warm the caches once
"$bare" >/dev/null 2>&1
app_ms=$(median_ms "$figdeck" --quit-after-first-paint)
bare_ms=$(median_ms "$bare")
list_ms=$(median_ms "$figdeck" --list)
echo "bench: start-up to first painted chart (median of $runs, $QT_QPA_PLATFORM)"
echo "  bare Qt window:   ${bare_ms} ms"
echo "  figdeck:          ${app_ms} ms (+$((app_ms - bare_ms)) ms, budget +${budget_ms} ms)"
echo "  figdeck --list:   ${list_ms} ms"
if [ $((app_ms - bare_ms)) -gt "$budget_ms" ]; then
    echo "bench: FAIL: start-up exceeds the bare window by more than ${budget_ms} ms" >&2
    exit 1
fi
