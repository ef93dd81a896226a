#!/usr/bin/env bash
# README's two pictures, taken from the fit test's screenshots (issue 19): the candidate list beside the
# page of a person (sample data and a 40-character name) and the dashboard, both at 1366×768.
# Run from the repository's root after the fit tests:
#   mvn -q -o test -Dtest='CandidatesScreenFitTest,CandidatePageFitTest' && bash docs/readme-pictures.sh
# The pictures are reduced to a 256-colour palette with pngquant (each well under 150 KB).
set -euo pipefail
screens=target/screens
for pair in "page-stepsTab-1366x768.png:docs/screenshot.png" "dashboard-1366x768.png:docs/dashboard.png"; do
    from="$screens/${pair%%:*}"
    to="${pair##*:}"
    if [ ! -f "$from" ]; then
        echo "No $from: run the fit tests first (see the top of this script)." >&2
        exit 1
    fi
    pngquant --force --quality 70-95 --output "$to" -- "$from"
    echo "$to ← $from ($(stat -c %s "$to") bytes)"
done
