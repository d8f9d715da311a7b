#!/usr/bin/env python3
"""Per-event comparison for the long-report probe: pairs gold and predicted events
with the shared scorer's own matching (score_events.py, or $SCORE_EVENTS) and
prints, per report, each gold event with the fields the prediction got wrong,
each missed event and each extra prediction.

    python3 compare.py gold.jsonl pred.jsonl
"""
import importlib.util, json, os, sys

path = os.environ.get("SCORE_EVENTS", "/work/shared/tools/score_events.py")
spec = importlib.util.spec_from_file_location("score_events", path)
se = importlib.util.module_from_spec(spec)
spec.loader.exec_module(se)


def main(gold_path, pred_path):
    gold = [json.loads(l) for l in open(gold_path) if l.strip()]
    preds = {}
    for l in open(pred_path):
        r = json.loads(l)
        if r.get("record", "event") == "event":
            preds.setdefault(r["doc"], []).append(r)
    wrong = 0
    for d in gold:
        P, G = preds.get(d["id"], []), d["events"]
        pairs = sorted(((s, gi, pi) for gi, g in enumerate(G) for pi, p in enumerate(P)
                        if (s := se.pair_score(g, p)) is not None), reverse=True)
        gm, pm = {}, {}
        for s, gi, pi in pairs:
            if gi not in gm and pi not in pm:
                gm[gi], pm[pi] = pi, gi
        lines = []
        for gi, g in enumerate(G):
            opt = " (optional)" if g.get("optional") else ""
            if gi not in gm:
                if not opt:
                    lines.append(f"  MISSED {g['place']} {g['type']} {g['date']} k={g['killed']} w={g['wounded']}")
                continue
            p = P[gm[gi]]
            bad = []
            if se.place_score(g, p) != 2:
                bad.append(f"place {se.pred_place(p)!r}≠{g['place']!r}")
            if se.pred_type(p) != g["type"]:
                bad.append(f"type {p.get('sub_event_type')}≠{g['type']}")
            if g.get("date") and p.get("date") != g["date"]:
                bad.append(f"date {p.get('date')}≠{g['date']}")
            if se.actor_ok(g.get("actor1"), p.get("actor1")) is False:
                bad.append(f"actor1 {p.get('actor1')!r}≠{g['actor1']!r}")
            for k in ("killed", "wounded"):
                if g.get(k) is not None and not se.count_ok(g, p, k):
                    bad.append(f"{k} {(se.count_of(p, k) or {}).get('best')}≠{g[k]}")
            if bad and not opt:
                wrong += 1
                lines.append(f"  {g['place']}: " + "; ".join(bad))
        for pi, p in enumerate(P):
            if pi not in pm:
                lines.append(f"  EXTRA {se.pred_place(p)} / {p.get('sub_event_type')} / {p.get('date')} "
                             f"k={(se.count_of(p, 'killed') or {}).get('best')}")
        if lines:
            print(d["id"])
            print("\n".join(lines))
    print(f"gold events with a wrong field: {wrong}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
