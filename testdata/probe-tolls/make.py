#!/usr/bin/env python3
"""Write docs.jsonl (sitrep's input) and gold.jsonl (the shared scorer's gold format)
from the series files (probes.txt: series T; probes-u.txt: series U; probes-v.txt: series
V; probes-w.txt: series W; probes-wf.txt: series WF, fresh reports never tuned on), and one gold
file a series (gold-T.jsonl ... gold-WF.jsonl) to score a series alone. See README.md for the block
format."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def count(field):
    field = field.strip()
    if field == "-":
        return None, None
    if field == "none":  # the report gives no such count: sitrep must give none either
        return None, "none"
    lo, _, hi = field.partition("-")
    return int(lo), (int(hi) if hi else None)


def blocks(path):
    cur = None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#") and cur is None:
            continue
        if line.startswith("== "):
            if cur:
                yield cur
            _, pid, pub = line.split()
            cur = {"id": pid, "published": pub, "lines": [], "events": []}
        elif line.startswith("@ "):
            place, killed, wounded, what = [f.strip() for f in line[2:].split("|")]
            k, kh = count(killed)
            w, wh = count(wounded)
            ev = {"summary": what, "date": None, "place": place, "type": None,
                  "actor1": None, "actor2": None, "killed": k, "killed_high": kh,
                  "wounded": w, "wounded_high": wh, "evidence": ""}
            for key in ("killed", "wounded"):
                if ev[key + "_high"] == "none":
                    ev[key + "_high"] = None
                    ev[key + "_none"] = True  # read by compare.py; the shared scorer ignores it
            cur["events"].append(ev)
        elif cur is not None:
            cur["lines"].append(line)
    if cur:
        yield cur


SERIES = [("T", "probes.txt"), ("U", "probes-u.txt"), ("V", "probes-v.txt"), ("W", "probes-w.txt"), ("WF", "probes-wf.txt")]


def main():
    with open(os.path.join(HERE, "docs.jsonl"), "w", encoding="utf-8") as docs, \
            open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as gold:
        for name, path in SERIES:
            with open(os.path.join(HERE, "gold-%s.jsonl" % name), "w", encoding="utf-8") as sgold:
                for b in blocks(os.path.join(HERE, path)):
                    text = "\n".join(b["lines"]).strip()
                    docs.write(json.dumps({"id": b["id"], "text": text, "published": b["published"]}) + "\n")
                    line = json.dumps({"id": b["id"], "published": b["published"], "events": b["events"],
                                       "figures": []}) + "\n"
                    gold.write(line)
                    sgold.write(line)


if __name__ == "__main__":
    main()
