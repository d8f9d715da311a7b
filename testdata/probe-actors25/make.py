"""Probe set probe-actors25: who did it to whom in wars sitrep was not tuned on (see README.md).
Writes docs.jsonl and gold.jsonl (score_events.py) and expect.jsonl (the first event of
each report, for compare.py: type, sub-event, actor1, actor2)."""
import json, os
R = []
def doc(i, pub, text, events):
    R.append((i, pub, text, events))
def ev(place, typ, sub, a1, a2, date, k=None, w=None, country="", opt=False, kh=None):
    e = {"summary": "", "date": date, "place": place, "admin": "", "country": country, "type": typ, "sub": sub,
         "actor1": a1, "actor2": a2, "killed": k, "killed_high": kh, "wounded": w, "wounded_high": None, "evidence": ""}
    if opt:
        e["optional"] = True
    return e
B = "battle"; E = "explosion"; V = "attack_on_civilians"; T = "territory_gain"
here = os.path.dirname(os.path.abspath(__file__))
O = "other"; A = "arrest"
for part in ("batch_a.py", "batch_b.py", "batch_c.py"):
    if os.path.exists(os.path.join(here, part)):
        exec(open(os.path.join(here, part)).read())
with open(os.path.join(here, "docs.jsonl"), "w") as d, open(os.path.join(here, "gold.jsonl"), "w") as g, \
        open(os.path.join(here, "expect.jsonl"), "w") as x:
    for i, pub, text, events in R:
        d.write(json.dumps({"id": i, "published": pub, "text": text}) + "\n")
        gev = [{k: v for k, v in e.items() if k != "sub"} for e in events]
        g.write(json.dumps({"id": i, "published": pub, "events": gev, "figures": []}) + "\n")
        if events:
            e = events[0]
            x.write(json.dumps({"id": i, "type": e["type"], "sub": e["sub"], "actor1": e["actor1"],
                                "actor2": e["actor2"], "mutual": False, "style": i[:1]}) + "\n")
