#!/usr/bin/env python3
"""Write docs.jsonl (sitrep's input), gold.jsonl (the shared scorer's gold format) and one
gold file a batch (gold-A.jsonl, gold-B.jsonl) from batch-a.txt and batch-b.txt. The block
format is probe-tolls's (see ../probe-tolls/README.md): `== ID PUBLISHED`, the report's text,
then `@ PLACE | KILLED[-HIGH] | WOUNDED[-HIGH] | what is probed` lines."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "probe-tolls"))
from make import blocks  # noqa: E402

SERIES = [("A", "batch-a.txt"), ("B", "batch-b.txt")]


def main():
    with open(os.path.join(HERE, "docs.jsonl"), "w", encoding="utf-8") as docs, \
            open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as gold:
        for name, path in SERIES:
            if not os.path.exists(os.path.join(HERE, path)):
                continue
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
