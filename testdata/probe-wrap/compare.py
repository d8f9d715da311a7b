#!/usr/bin/env python3
"""Scores a prediction on probe-wrap per style: c (controls, unwrapped), w (wire/e-mail,
wrapped at 70 with blank lines), p (PDF, wrapped at 58, no blank lines, hyphenation),
H (laid out by hand), and all. Usage: compare.py gold.jsonl pred.jsonl [-v]"""
import json, os, subprocess, sys, tempfile

SCORER = os.environ.get("SCORE_EVENTS", "/work/shared/tools/score_events.py")
FIELDS = ["f1", "killed_acc", "wounded_acc", "place_exact", "date_acc", "actor1_acc", "type_acc"]


def style(rid):
    return rid[0] if rid[0] == "H" else rid[-1]


def main():
    gold = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
    pred = [json.loads(l) for l in open(sys.argv[2]) if l.strip()]
    for st in ["c", "w", "p", "H", "all"]:
        keep = {g["id"] for g in gold if st == "all" or style(g["id"]) == st}
        with tempfile.TemporaryDirectory() as d:
            gp, pp = os.path.join(d, "g.jsonl"), os.path.join(d, "p.jsonl")
            with open(gp, "w") as f:
                for g in gold:
                    if g["id"] in keep:
                        f.write(json.dumps(g) + "\n")
            with open(pp, "w") as f:
                for p in pred:
                    if p.get("doc") in keep:
                        f.write(json.dumps(p) + "\n")
            out = subprocess.run([sys.executable, SCORER, gp, pp, "--json"], capture_output=True, text=True, check=True).stdout
            r = json.loads(out)
            print(f"{st:4} docs={len(keep):3} " + " ".join(f"{k}={r[k]}" for k in FIELDS))
            if "-v" in sys.argv and st == "all":
                print(subprocess.run([sys.executable, SCORER, gp, pp, "--verbose"], capture_output=True, text=True).stdout)


if __name__ == "__main__":
    main()
