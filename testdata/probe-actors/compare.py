#!/usr/bin/env python3
"""Compare sitrep extract output against the probe expectations.
usage: compare.py EXPECT.jsonl PRED.jsonl [-v]
Per doc, the predicted event agreeing on most fields is compared (no prediction = all wrong)."""
import json, os, sys, importlib.util
spec = importlib.util.spec_from_file_location("se", os.environ.get("SCORE_EVENTS", "/work/shared/tools/score_events.py"))
se = importlib.util.module_from_spec(spec); spec.loader.exec_module(se)

def as_list(v):
    return v if isinstance(v, list) else [v]

def actor_match(exp, got):
    if exp is None or exp == [None]:
        return None
    g = se.actor_name(got or "")
    return any(e is None and not got or (e is not None and se.actor_name(e) == g) for e in as_list(exp))

def fields(e, r):
    t = se.pred_type(r) in as_list(e["type"])
    s = (r.get("sub_event_type") or "") in as_list(e["sub"])
    a1, a2 = actor_match(e["actor1"], r.get("actor1")), actor_match(e["actor2"], r.get("actor2"))
    if e.get("mutual"):
        b1, b2 = actor_match(e["actor2"], r.get("actor1")), actor_match(e["actor1"], r.get("actor2"))
        if (b1 or 0) + (b2 or 0) > (a1 or 0) + (a2 or 0):
            a1, a2 = b1, b2
    return {"type": t, "sub": s, "actor1": a1, "actor2": a2}

exp = [json.loads(l) for l in open(sys.argv[1])]
preds = {}
for l in open(sys.argv[2]):
    r = json.loads(l)
    if r.get("record", "event") == "event":
        preds.setdefault(r["doc"], []).append(r)
tot = {k: [0, 0] for k in ("type", "sub", "actor1", "actor2")}
none = multi = 0
for e in exp:
    P = preds.get(e["id"], [])
    none += not P
    multi += len(P) > 1
    best, bf = None, {"type": False, "sub": False, "actor1": False if e["actor1"] is not None else None, "actor2": False if e["actor2"] not in (None, [None]) else None}
    for r in P:
        f = fields(e, r)
        if sum(bool(v) for v in f.values()) > sum(bool(v) for v in bf.values()) or best is None:
            best, bf = r, f
    for k, v in bf.items():
        if v is None:
            continue
        tot[k][1] += 1
        tot[k][0] += bool(v)
    if "-v" in sys.argv and not all(v is not False for v in bf.values()):
        got = (f"{se.pred_type(best)}/{best.get('sub_event_type')} | {best.get('actor1')} | {best.get('actor2')}" if best else "NO EVENT")
        bad = ",".join(k for k, v in bf.items() if v is False)
        print(f"{e['id']} [{e['style']}] miss={bad}\n   want {as_list(e['type'])[0]}/{as_list(e['sub'])[0]} | {as_list(e['actor1'])[0]} | {as_list(e['actor2'])[0]}\n   got  {got}  (n={len(P)})")
summary = {k: f"{a}/{b}" for k, (a, b) in tot.items()}
summary["docs_without_event"] = none
summary["docs_with_several"] = multi
print(json.dumps(summary))
