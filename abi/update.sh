#!/bin/sh
# Regenerate abi/libscr-1.abi from a debug-info build of libscr:
#   abi/update.sh _build
# Commit the result only when the change to the 1.0 ABI is intended.
# SPDX-License-Identifier: LGPL-2.1-or-later
exec "$(dirname "$0")/abi.sh" update "${1:-_build}"
