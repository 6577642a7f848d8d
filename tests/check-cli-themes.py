#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""scr themes: the theme vocabulary, its options, exit codes and output.

Usage: check-cli-themes.py SCR_TOOL   (prints TAP)
"""
import json
import os
import sys
import tempfile

import clitap

tool = sys.argv[1]
checks = clitap.Checks(tool)
run, check = checks.run, checks.check


code, out, err = run("themes")
lines = out.splitlines()
check("themes: exit 0, nothing on stderr", code == 0 and err == "", err)
check("themes: one tab-separated line of four fields per concept",
      len(lines) >= 80 and all(len(line.split("\t")) == 4 for line in lines), out[:500])
check("themes: NSPCC neglect with its broader concept",
      "nspcc:neglect\tNeglect\tnspcc-topics\tnspcc:abuse-and-neglect" in lines, out[:500])
check("themes: a top concept has '-' for broader",
      "nspcc:abuse-and-neglect\tAbuse and neglect\tnspcc-topics\t-" in lines, out[:500])
check("themes: every shipped source is listed",
      {line.split("\t")[2] for line in lines} ==
      {"libscr", "nspcc-topics", "panel-themes", "scrt-themes", "triennial"}, out[:500])

code, out, err = run("themes", "--source", "panel-themes")
lines = out.splitlines()
check("themes --source: only that source", code == 0 and lines and
      all(line.split("\t")[2] == "panel-themes" for line in lines), out)
check("themes --source: the Panel's extra-familial harm",
      any(line.startswith("panel:extra-familial-harm\tExtra-familial harm\t") for line in lines), out)

code, out, err = run("themes", "--source", "nowhere")
check("themes --source unknown: exit 2 listing the sources",
      code == 2 and err.startswith('scr: themes: no source "nowhere"') and "nspcc-topics" in err, err)

code, out, err = run("themes", "--json", "-s", "triennial")
try:
    doc = json.loads(out)
except ValueError:
    doc = None
check("themes --json: valid JSON", code == 0 and doc is not None, out[:300])
if doc is not None:
    check("themes --json: the one source with its citation",
          [s["id"] for s in doc["sources"]] == ["triennial"] and doc["sources"][0]["citation"], out[:300])
    ids = {c["id"]: c for c in doc["concepts"]}
    check("themes --json: concepts with broader and evidence",
          ids.get("triennial:sudi", {}).get("broader") == ["triennial:categories-of-neglect"] and
          all(c["evidence"] in ("F", "R") for c in doc["concepts"]), out[:300])

with tempfile.TemporaryDirectory() as tmp:
    local = os.path.join(tmp, "local.json")
    walk = os.path.join(tmp, "walk.json")
    bad = os.path.join(tmp, "bad.json")
    with open(local, "w") as f:
        json.dump({"vocabulary_version": 1, "id": "local", "title": "Local priorities",
                   "source": {"publisher": "A partnership", "title": "Priorities", "url": None,
                              "citation": "Business plan", "evidence": "I"},
                   "concepts": [{"id": "local:neglect", "pref_label": "Neglect priority",
                                 "broader": ["libscr:neglect"], "evidence": "F"}]}, f)
    with open(walk, "w") as f:
        json.dump({"crosswalk_version": 1, "from": "local", "to": "libscr",
                   "pairs": [{"from": "local:neglect", "to": "libscr:neglect", "relation": "exact"}]}, f)
    with open(bad, "w") as f:
        json.dump({"crosswalk_version": 1, "from": "local", "to": "libscr",
                   "pairs": [{"from": "local:neglect", "to": "libscr:nope", "relation": "exact"}]}, f)
    code, out, err = run("themes", "--vocabulary", local, "--vocabulary", walk, "--source", "local")
    check("themes --vocabulary: the local concepts",
          code == 0 and out == "local:neglect\tNeglect priority\tlocal\tlibscr:neglect\n", out + err)
    code, out, err = run("themes", "--vocabulary", local, "--vocabulary", bad)
    check("themes --vocabulary with an error: exit 2 naming file and path",
          code == 2 and err == f'scr: {bad}: pairs[0].to: unknown crosswalk target "libscr:nope" '
          '(not a concept of libscr)\n', err)

code, out, err = run("themes", "extra")
check("themes with an argument: exit 2", code == 2 and err.startswith("scr: "), err)
code, out, err = run("themes", "--bogus")
check("themes with a bad option: exit 2", code == 2, err)

checks.finish()
