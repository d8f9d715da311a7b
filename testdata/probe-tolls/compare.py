#!/usr/bin/env python3
"""Per expected event of gold.jsonl: the killed/wounded counts sitrep gave, paired as the
shared scorer pairs them; a count marked `none` must be absent, and a report with no
expected event must give none. Usage: compare.py gold.jsonl pred.jsonl [--all]"""
import json
import sys

sys.path.insert(0, "/work/shared/tools")
import score_events as se  # noqa: E402


def fmt(c):
    if not c:
        return "-"
    return "%s/%s/%s" % (c.get("low"), c.get("best"), c.get("high"))


def main():
    gold_path, pred_path = sys.argv[1], sys.argv[2]
    show_all = "--all" in sys.argv
    preds = {}
    for l in open(pred_path, encoding="utf-8"):
        r = json.loads(l)
        if r.get("record", "event") == "event":
            preds.setdefault(r["doc"], []).append(r)
    n = ok = 0
    for d in (json.loads(l) for l in open(gold_path, encoding="utf-8")):
        P = preds.get(d["id"], [])
        pairs = sorted(((s, gi, pi) for gi, g in enumerate(d["events"]) for pi, p in enumerate(P)
                        if (s := se.pair_score(g, p)) is not None), reverse=True)
        gm, pm = {}, {}
        for s, gi, pi in pairs:
            if gi not in gm and pi not in pm:
                gm[gi], pm[pi] = pi, gi
        for gi, g in enumerate(d["events"]):
            p = P[gm[gi]] if gi in gm else None
            good = all((p is not None and not se.count_of(p, k)) if g.get(k + "_none") else
                       (g.get(k) is None or (p is not None and se.count_ok(g, p, k))) for k in ("killed", "wounded"))
            n += 1
            ok += good
            if show_all or not good:
                want = "k=%s%s w=%s%s" % ("none" if g.get("killed_none") else g["killed"], "-%s" % g["killed_high"] if g["killed_high"] else "",
                                         g["wounded"], "-%s" % g["wounded_high"] if g["wounded_high"] else "")
                got = "UNMATCHED" if p is None else "k=%s w=%s @%s" % (
                    fmt(se.count_of(p, "killed")), fmt(se.count_of(p, "wounded")), se.pred_place(p))
                print("%s %-4s %-16s want %-14s got %s  [%s]" % ("ok " if good else "BAD", d["id"], g["place"],
                                                              want, got, g["summary"]))
        if not d["events"]:  # a report of no incident: any event is wrong
            n += 1
            ok += not P
            if show_all or P:
                print("%s %-4s no event wanted, got %d" % ("BAD" if P else "ok ", d["id"], len(P)))
        for pi, p in enumerate(P):
            if pi not in pm and (show_all or not d["events"]):
                print("    %-4s extra %s k=%s" % (d["id"], se.pred_place(p), fmt(se.count_of(p, "killed"))))
    print("events with both counts right (and reports of no incident with no event): %d/%d" % (ok, n))


if __name__ == "__main__":
    main()
