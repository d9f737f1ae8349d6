"""Checks that a hand-written insight query (bench/insight-*.sql) gives the numbers its endpoint shows.

Usage: python3 bench/insight_same_numbers.py status|practice <endpoint.json> <psql -At output>
Prints "same numbers (n compared)" or each difference; exit status 1 on a difference. Hidden aggregates (the
privacy floor) are not compared. Run by bench/insight.sh once per endpoint and scope before the timing.
"""
import json
import sys
from collections import defaultdict


def rows(path):
    found = defaultdict(list)
    for line in open(path):
        fields = line.rstrip("\n").split("|")
        if fields and fields[0]:
            found[fields[0]].append(fields[1:])
    return found


def num(text):
    return None if text == "" else float(text)


def status(view, sql, check):
    modules = {r[0]: r[1:] for r in sql["module"]}
    for module in view["modules"]:
        if module["hidden"]:
            continue
        got = modules.get(module["moduleId"])
        names = ["notStarted", "inProgress", "current", "dueSoon", "overdue", "lapsed"]
        for i, name in enumerate(names):
            check(f"module {module['moduleId']} {name}", module["counts"][name], num(got[i]) if got else None)
    tracks = {r[0]: r[1:] for r in sql["track"]}
    for track in view["tracks"]:
        if track["hidden"]:
            continue
        got = tracks.get(track["trackId"])
        for i, name in enumerate(["notStarted", "inProgress", "completed"]):
            check(f"track {track['trackId']} {name}", track["counts"][name], num(got[i]) if got else None)
    if view.get("refreshRate") is not None:
        kept, people = map(num, sql["refreshRate"][0][1:3])
        check("refreshRate", view["refreshRate"], kept / people if people else None)


def practice(view, sql, check):
    people = num(sql["people"][0][2])
    months = {r[0]: r for r in sql["month"]}
    rates = view["refreshRateByMonth"]
    for month in rates[:-1]:
        if month["hidden"] or month["rate"] is None:
            continue
        row = months.get(month["month"])
        check(f"month {month['month']}", month["rate"], num(row[3]) / num(row[2]) if row else 0.0)
    current = rates[-1]
    if not current["hidden"] and current["rate"] is not None:
        check(f"month {current['month']} (now)", current["rate"], num(sql["keptNow"][0][2]) / people)
    competencies = {r[0]: r for r in sql["competency"]}
    for competency in view["competencies"]:
        if competency["hidden"]:
            continue
        row = competencies.get(competency["competency"])
        check(f"retention {competency['competency']}", competency["retention"], num(row[4]) if row else None)
    runs = {r[0]: num(r[3]) for r in sql["case"]}
    endings = defaultdict(dict)
    for r in sql["ending"]:
        endings[r[0]][r[1] or "null"] = num(r[2])
    for case in view["cases"]:
        if case["hidden"]:
            continue
        check(f"case {case['scenarioId']} runs", case["runs"], runs.get(case["scenarioId"]))
        for ending in case["endings"]:
            check(f"case {case['scenarioId']} ending {ending['outcome']}", ending["count"],
                  endings[case["scenarioId"]].get(ending["outcome"]))
    live = sql["liveSessions"][0]
    check("live sessions held", view["liveSessions"]["held"], num(live[2]))
    if not view["liveSessions"]["hidden"]:
        check("live participants", view["liveSessions"]["participants"], num(live[3]))
    webinars = sql["webinars"][0]
    if not view["webinars"]["hidden"]:
        check("webinar registrations", view["webinars"]["registered"], num(webinars[2]))
        check("webinar attended", view["webinars"]["attended"], num(webinars[4]))
    if not view["certificatesExpiring"]["hidden"]:
        check("certificates expiring", view["certificatesExpiring"]["within90Days"],
              num(sql["certificatesExpiring"][0][2]))


def main():
    kind, endpoint, output = sys.argv[1:4]
    view = json.load(open(endpoint))
    sql = rows(output)
    differences, compared = [], 0

    def check(what, shown, computed):
        nonlocal compared
        compared += 1
        if shown is None or computed is None or abs(float(shown) - float(computed)) > 1e-6 * max(1, abs(computed)):
            differences.append(f"{what}: endpoint {shown}, hand SQL {computed}")

    (status if kind == "status" else practice)(view, sql, check)
    if differences:
        print("numbers differ: " + "; ".join(differences))
        sys.exit(1)
    print(f"same numbers ({compared} compared)")


if __name__ == "__main__":
    main()
