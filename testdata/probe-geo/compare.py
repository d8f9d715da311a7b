#!/usr/bin/env python3
"""compare.py EXPECT PRED [-v]: per report, whether an event of sitrep's
output is at the place expected (its location's name contains the name,
in the country, within the distance given of the point)."""
import json, math, sys

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
    ok = 0
    for e in exp:
        hit, seen = False, []
        for loc in got.get(e["id"], []):
            seen.append(f'{loc.get("name")} {loc.get("country")} {loc.get("lat")},{loc.get("lon")}')
            if e["place"].lower() in (loc.get("name") or "").lower() and loc.get("country") == e["country"] and \
                    loc.get("lat") is not None and km(e["lat"], e["lon"], loc["lat"], loc["lon"]) <= e["km"]:
                hit = True
        ok += hit
        if "-v" in sys.argv and not hit:
            print(f'MISS {e["id"]}: want {e["place"]} {e["country"]}, got {seen or "no event"}')
    print(json.dumps({"place": f"{ok}/{len(exp)}"}))

main()
