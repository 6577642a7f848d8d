#!/usr/bin/env python3
"""Writes a realistic generated register for the JSON load benchmark.

Usage: generate.py [--cases N] [--seed S] OUTPUT.json

Each case has a subject child and one other person (with legal
status), an incident, facts and events; each case has a review with three
milestones and terms of reference, a chronology of two to four events, a
theme, a finding with its lesson, a recommendation and two actions. 20,000
cases (the default) make about 80 MB of compact JSON (one line, as a
system exporting a register would write it). The output is
deterministic for a given seed, and valid for libscr (`scr validate`).
"""
import argparse
import json
import random

SECTORS = ["police", "health", "social-care", "education", "probation", "youth-justice",
           "housing", "voluntary", "legal", "local-authority"]
REVIEW_TYPES = ["scr", "lcspr", "rapid-review", "multi-agency-learning-review",
                "wales-cpr-concise", "wales-cpr-extended", "scotland-learning-review", "ni-cmr"]
STATUSES = ["proposed", "in-progress", "completed", "published", "closed"]
STAGES = ["referral", "rapid-review", "decision", "commissioning", "information-gathering",
          "analysis", "report-drafting", "report-to-board", "publication", "action-plan", "closed"]
MILESTONES = ["referred", "notified", "rapid-review", "decision", "author-appointed",
              "report-to-board", "report-to-panel", "publication"]
JURISDICTIONS = ["england"] * 7 + ["wales", "scotland", "northern-ireland"]
RELATIONSHIPS = ["Mother", "Father", "Stepfather", "Sibling", "Grandmother", "Mother's partner"]
TRI = ["yes", "no", "unknown"]
WORDS = ("the a assessment family home visit referral school health visitor police social worker "
         "concern plan meeting strategy child protection conference record neglect injury "
         "mother father information shared agencies practitioners escalation supervision "
         "history context engagement resistant curiosity review learning").split()


def text(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def date(rng, year0, year1, precision=None):
    y = rng.randint(year0, year1)
    p = precision or rng.choices(["day", "month", "year"], [6, 3, 1])[0]
    if p == "year":
        return f"{y:04d}"
    m = rng.randint(1, 12)
    if p == "month":
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{rng.randint(1, 28):02d}"


def person(rng, pid, relationship, child):
    return {
        "id": pid,
        "pseudonym": f"Child {pid[-4:].upper()}" if child else None,
        "relationship": relationship,
        "date_of_birth": date(rng, 2000, 2020) if child else None,
        "age": rng.randint(0, 17) if child else rng.choice([None, rng.randint(17, 60)]),
        "sex": rng.choice(["male", "female"]),
        "ethnicity": rng.choice([None, "White British", "Mixed", "Asian British", "Black British"]),
        "disability": rng.choice(TRI),
        "legal_status": {
            "looked_after": rng.choice(TRI),
            "child_protection_plan": rng.choice(TRI),
            "child_in_need": rng.choice(TRI),
            "care_leaver_age": None,
            "custody_setting": "no",
            "mha_detained": "no",
            "dol_order": "no",
        },
    }


def generate(n_cases, seed):
    rng = random.Random(seed)
    agencies = [{"id": f"agency-{i}", "name": f"Agency {i}", "sector": SECTORS[i % len(SECTORS)]}
                for i in range(200)]
    d = {"schema_version": 1, "title": f"Generated register of {n_cases} cases",
         "agencies": agencies, "cases": [], "reviews": [], "chronology": [], "themes": [],
         "findings": [], "lessons": [], "recommendations": [], "actions": [], "audits": []}
    for i in range(n_cases):
        cid = f"case-{i:05d}"
        rid = f"review-{i:05d}"
        involved = sorted({rng.randrange(len(agencies)) for _ in range(4)})
        agency_ids = [agencies[k]["id"] for k in involved]
        d["cases"].append({
            "id": cid, "local_reference": f"LR/{i}", "notification_id": rng.choice([None, f"SIN-{i}"]),
            "jurisdiction": rng.choice(JURISDICTIONS), "partnership": f"Partnership {i % 150}",
            "subject": person(rng, f"{cid}-subject", "subject", True),
            "people": [person(rng, f"{cid}-p{k}", rng.choice(RELATIONSHIPS), False)
                       for k in range(1)],
            "incident": {"date": date(rng, 2012, 2023), "nature": rng.choice(["death", "serious-harm"]),
                         "location": rng.choice([None, "home", "hospital"]),
                         "became_aware": date(rng, 2012, 2023, "day")},
            "area_transition_date": None,
            "facts": {"abuse_neglect": rng.choice(["known", "suspected", "not_suspected", "unknown"]),
                      "died": rng.choice(TRI), "serious_harm": rng.choice(TRI)},
            "events": {"became_aware": date(rng, 2012, 2023, "day"),
                       "decision": date(rng, 2012, 2023, "day")},
            "agency_ids": agency_ids,
        })
        d["reviews"].append({
            "id": rid, "case_id": cid, "type": rng.choice(REVIEW_TYPES), "title": f"Review of {cid}",
            "partnership": f"Partnership {i % 150}", "status": rng.choice(STATUSES),
            "stage": rng.choice(STAGES), "terms_of_reference": [text(rng, 8) for _ in range(2)],
            "timeframe": {"from": date(rng, 2008, 2012, "day"), "to": date(rng, 2013, 2020, "day")},
            "lead_reviewer": "Independent reviewer", "panel_chair": None, "methodology": "SCIE",
            "agency_ids": agency_ids,
            "milestones": [{"kind": k, "planned": date(rng, 2013, 2024, "day"),
                            "date": rng.choice([None, date(rng, 2013, 2024, "day")]), "note": None}
                           for k in rng.sample(MILESTONES, 3)],
        })
        for k in range(rng.randint(2, 4)):
            d["chronology"].append({"id": f"{cid}-ev{k}", "review_id": rid, "case_id": cid,
                                    "date": date(rng, 2008, 2020),
                                    "agency_id": rng.choice(agency_ids), "text": text(rng, 8)})
        for k in range(1):
            d["themes"].append({"id": f"{rid}-t{k}", "review_id": rid, "title": text(rng, 4),
                                "description": None})
            d["findings"].append({"id": f"{rid}-f{k}", "review_id": rid, "number": str(k + 1),
                                  "title": None, "text": text(rng, 10), "theme_ids": [f"{rid}-t{k}"]})
            d["lessons"].append({"id": f"{rid}-l{k}", "review_id": rid, "number": f"L{k + 1}.1",
                                 "finding_id": f"{rid}-f{k}", "text": text(rng, 10),
                                 "linked_lesson_ids": []})
            d["recommendations"].append({"id": f"{rid}-r{k}", "review_id": rid, "number": str(k + 1),
                                         "text": text(rng, 10), "agency_id": rng.choice(agency_ids),
                                         "finding_ids": [f"{rid}-f{k}"], "lesson_ids": [f"{rid}-l{k}"]})
        for k in range(2):
            d["actions"].append({
                "id": f"{rid}-a{k}", "review_id": rid, "recommendation_id": f"{rid}-r0",
                "text": text(rng, 10), "owner_agency_id": rng.choice(agency_ids),
                "owner": "Subgroup", "lead": "Named lead", "due": date(rng, 2015, 2025, "month"),
                "status": rng.choice(["not-started", "in-progress", "completed"]),
                "rag": rng.choice(["red", "amber", "green"]), "outcome_measure": text(rng, 5),
                "evidence": None, "completed": None})
    return d


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("output")
    ap.add_argument("--cases", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    with open(args.output, "w", encoding="utf-8") as f:
        json.dump(generate(args.cases, args.seed), f, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
