#!/bin/sh
# The register, as a partnership's business unit runs it: create one from
# the example datasets, record a referral that arrived three working days
# ago, and list what is due, then verify the decision log.
#
#   examples/register/demo.sh [SCR_TOOL [REGISTER]]
#
# SCR_TOOL defaults to _build/tools/scr; REGISTER to _build/register.db
# (replaced on each run).
# SPDX-License-Identifier: LGPL-2.1-or-later
set -eu

scr=${1:-_build/tools/scr}
register=${2:-_build/register.db}
data=$(dirname "$0")/../data
today=$(date +%F)

rm -f "$register" "$register-wal" "$register-shm"
# Liverpool's file holds a shorter record of the Child N case: Lancashire's,
# imported after it with --update, completes it (each change logged).
"$scr" init --update --as business-unit --reason "the partnership's published reviews" \
    "$register" "$data/liverpool-lif-audits.json" "$data/child-b1-leicester.json" \
    "$data/child-l-cumbria.json" "$data/child-n-lancashire.json" \
    "$data/sefton-scr-timelines.json"

export SCR_REGISTER="$register"
aware=$("$scr" workdays add "$today" -3)
"$scr" case add new-referral --jurisdiction england \
    --fact abuse_neglect=suspected --fact serious_harm=yes --fact died=no \
    --fact incident_location=this_la --event became-aware="$aware" \
    --as duty-officer --reason "referral from children's social care"
echo
# exit 1 when something is overdue: that is the finding, not a failure here
"$scr" due --today "$today" || test $? -eq 1
echo
"$scr" log verify
