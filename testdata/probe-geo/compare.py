#!/usr/bin/env python3
"""compare.py EXPECT PRED [-v]: per report, whether an event of sitrep's
output is at the place expected (its location's name contains the name,
or one of the names separated by "|", in the country, within the distance
given of the point, and, where the expectation gives one, in a first-level
division whose name contains the admin1 given; names compared without case
or accents). Prints the count per series (the id's letter) and in all."""
import json, math, sys, unicodedata

def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s.lower() if c.isalnum())

def km(a, b, c, d):
    p1, p2 = math.radians(a), math.radians(c)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(d - b) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))

def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    exp = [json.loads(l) for l in open(args[0], encoding="utf-8") if l.strip()]
    got = {}
    for l in open(args[1], encoding="utf-8"):
        r = json.loads(l)
        if r.get("record") == "event":
            got.setdefault(r["doc"], []).append(r.get("location") or {})
    ok, series = 0, {}
    for e in exp:
        hit, seen = False, []
        for loc in got.get(e["id"], []):
            seen.append(f'{loc.get("name")} {loc.get("admin1")} {loc.get("country")} {loc.get("lat")},{loc.get("lon")}')
            named = any(fold(n) in fold(loc.get("name")) for n in e["place"].split("|"))
            inadmin = not e.get("admin1") or fold(e["admin1"]) in fold(loc.get("admin1"))
            if named and inadmin and loc.get("country") == e["country"] and \
                    loc.get("lat") is not None and km(e["lat"], e["lon"], loc["lat"], loc["lon"]) <= e["km"]:
                hit = True
        ok += hit
        s = series.setdefault(e["id"][0], [0, 0])
        s[0] += hit
        s[1] += 1
        if "-v" in sys.argv and not hit:
            print(f'MISS {e["id"]}: want {e["place"]} {e["country"]}, got {seen or "no event"}')
    out = {"place": f"{ok}/{len(exp)}"}
    for k in sorted(series):
        out["series " + k] = f"{series[k][0]}/{series[k][1]}"
    print(json.dumps(out))

main()
