#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# The scr holidays and scr workdays commands: exact output and exit codes.
# Usage: test-cli-calendar.sh SCR_TOOL DATA_DIR   (TAP output)
set -u
scr="$1"
data="$2"
n=0
failed=0

check () {  # check NAME EXPECTED_STATUS EXPECTED_STDOUT -- ARGS...
  name="$1"; want_status="$2"; want_out="$3"; shift 4
  n=$((n + 1))
  out=$("$scr" "$@" 2>/tmp/scr-cli-calendar-err.$$)
  status=$?
  err=$(cat /tmp/scr-cli-calendar-err.$$)
  if [ "$status" = "$want_status" ] && [ "$out" = "$want_out" ]; then
    echo "ok $n - $name"
  else
    echo "not ok $n - $name"
    echo "# status $status (expected $want_status)"
    printf '%s\n' "$out" | sed 's/^/# stdout: /'
    printf '%s\n' "$err" | sed 's/^/# stderr: /'
    failed=1
  fi
}

check_error () {  # check_error NAME FRAGMENT -- ARGS...: exit 2, one line on stderr
  name="$1"; fragment="$2"; shift 3
  n=$((n + 1))
  out=$("$scr" "$@" 2>/tmp/scr-cli-calendar-err.$$)
  status=$?
  lines=$(wc -l < /tmp/scr-cli-calendar-err.$$)
  if [ "$status" = 2 ] && [ -z "$out" ] && [ "$lines" = 1 ] && grep -q -- "$fragment" /tmp/scr-cli-calendar-err.$$; then
    echo "ok $n - $name"
  else
    echo "not ok $n - $name"
    echo "# status $status, $lines stderr lines, stdout '$out'"
    sed 's/^/# stderr: /' /tmp/scr-cli-calendar-err.$$
    failed=1
  fi
}

tab=$(printf '\t')

check "the issue's example" 0 "2022-09-23" -- workdays add 2022-09-15 5
check "explain" 0 "2022-09-23
Sat 2022-09-17: weekend
Sun 2022-09-18: weekend
Mon 2022-09-19: Bank Holiday for the State Funeral of Queen Elizabeth II, England and Wales" -- workdays add --explain 2022-09-15 5
check "scotland, back seven" 0 "2026-06-12" -- workdays add --division scotland 2026-06-24 -7
check "negative before options" 0 "2026-06-15" -- workdays add 2026-06-24 -7 --division england-and-wales
check "roll following" 0 "2022-09-20" -- workdays add --roll following 2022-09-17 0
check "closures" 0 "2026-01-02" -- workdays add --closures "$data/closures-sample.json" 2025-12-24 1
check "gov.uk update" 0 "2027-06-15" -- workdays add --gov-uk "$data/gov-uk-sample.json" 2027-06-11 1
check "count" 0 "15" -- workdays count 2022-09-01 2022-09-23
check "count reversed" 0 "-15" -- workdays count 2022-09-23 2022-09-01
check "count inclusive" 0 "250" -- workdays count --inclusive 2022-01-01 2022-12-31
check "count northern ireland" 0 "248" -- workdays count -d northern-ireland 2021-12-31 2022-12-31
check "holidays scotland 2023" 0 "2023-01-02${tab}New Year’s Day
2023-01-03${tab}2nd January
2023-04-07${tab}Good Friday
2023-05-01${tab}Early May bank holiday
2023-05-08${tab}Bank holiday for the coronation of King Charles III
2023-05-29${tab}Spring bank holiday
2023-08-07${tab}Summer bank holiday
2023-11-30${tab}St Andrew’s Day
2023-12-25${tab}Christmas Day
2023-12-26${tab}Boxing Day" -- holidays --division scotland 2023
check "holidays with closures" 0 "2025-01-01${tab}New Year’s Day
2025-04-18${tab}Good Friday
2025-04-21${tab}Easter Monday
2025-05-05${tab}Early May bank holiday
2025-05-26${tab}Spring bank holiday
2025-08-25${tab}Summer bank holiday
2025-12-25${tab}Christmas Day
2025-12-26${tab}Boxing Day
2025-12-29${tab}Council Christmas closure
2025-12-30${tab}Council Christmas closure
2025-12-31${tab}Council Christmas closure" -- holidays --closures "$data/closures-sample.json" 2025
n=$((n + 1))
out=$("$scr" workdays add 2029-12-21 3 2>/tmp/scr-cli-calendar-err.$$)
if [ "$out" = "2029-12-28" ] && grep -q "note: the answer depends on provisional holidays after 2028-12-31" /tmp/scr-cli-calendar-err.$$; then
  echo "ok $n - provisional answers carry a note on stderr"
else
  echo "not ok $n - provisional answers carry a note on stderr"; failed=1
fi
n=$((n + 1))
"$scr" workdays count 2022-01-01 2022-02-01 2>/tmp/scr-cli-calendar-err.$$ >/dev/null
if [ ! -s /tmp/scr-cli-calendar-err.$$ ]; then
  echo "ok $n - confirmed answers print nothing on stderr"
else
  echo "not ok $n - confirmed answers print nothing on stderr"; failed=1
fi
check_error "bad date" "is not a date" -- workdays add 2022-02-30 5
check_error "partial date" "not a full date" -- workdays count 2022-02 2022-03-01
check_error "bad division" "unknown division \"wales\"" -- workdays add --division wales 2022-09-15 5
check_error "missing closures file" "/nonexistent.json" -- workdays add --closures /nonexistent.json 2022-09-15 5
check_error "bad gov.uk file" "closures-sample.json" -- holidays --gov-uk "$data/closures-sample.json" 2022
check_error "out of range" "outside the calendar's range" -- workdays add 1970-06-01 1
check_error "year out of range" "year \"1970\"" -- holidays 1970
check_error "bad N" "N \"five\"" -- workdays add 2022-09-15 five
check_error "roll error" "not a working day" -- workdays add 2022-09-17 0
check_error "unknown roll" "unknown roll" -- workdays add --roll sideways 2022-09-17 0
check_error "negative option value" 'unknown roll "-5" (expected' -- workdays add --roll -5 2022-09-17 0
check_error "newline in N" 'N "1\\n2" is not a whole number' -- workdays add 2022-09-15 "$(printf '1\n2')"
check_error "N out of range" 'N "99999999999" is out of range' -- workdays add 2022-09-15 99999999999
check_error "newline in a division" 'unknown division "x\\ny"' -- holidays --division "$(printf 'x\ny')" 2022
check_error "no arguments" "expected DATE N" -- workdays add
check_error "unknown subcommand" "unknown subcommand" -- workdays subtract 2022-09-15 5
check_error "unknown option" "Unknown option" -- holidays --bogus 2022
rm -f /tmp/scr-cli-calendar-err.$$
echo "1..$n"
exit $failed
