#!/usr/bin/env python3
"""Builds a scorable set from our annotations of WikiEvents articles.

The articles stay in ../shared/data/wikievents (real news: never copied into the
repository). This folder holds only our annotations, ann-*.jsonl, one article a line:

    {"id": "road_ied_8", "split": "dev" | "test", "published": "YYYY-MM-DD" | null,
     "published_note": "...", "events": [...], "figures": [...]}

Each event and figure is in the gold schema of ../shared/spec/EVENTS.md, except that its
evidence is given as "evidence_spans": [[start, end], ...], character offsets into the
article's "text" field. This script resolves them and writes

    OUT/docs.jsonl   {"id", "text", "published"}   (the input to `sitrep extract`)
    OUT/gold.jsonl   the gold file, evidence spans joined by ' [...] '

    python3 make.py OUT            # build
    python3 make.py --check        # validate every annotation, print spans
"""
import glob, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("SHARED", os.path.join(HERE, "..", "..", "..", "shared"))
if not os.path.isdir(SHARED):
    SHARED = "/work/shared"


def articles():
    texts = {}
    for split in ("dev", "test"):
        path = os.path.join(SHARED, "data", "wikievents", split + ".jsonl")
        for line in open(path, encoding="utf-8"):
            d = json.loads(line)
            texts[(split, d["doc_id"])] = d["text"]
    return texts


def evidence(text, spans, where):
    parts = []
    for s, e in spans:
        if not (0 <= s < e <= len(text)):
            raise SystemExit(f"{where}: span {s}-{e} outside the text ({len(text)} chars)")
        parts.append(text[s:e])
    return " [...] ".join(parts)


def build(check):
    texts = articles()
    docs, gold = [], []
    for path in sorted(glob.glob(os.path.join(HERE, "ann-*.jsonl"))):
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            a = json.loads(line)
            key = (a["split"], a["id"])
            where = f"{os.path.basename(path)}:{n} ({a['id']})"
            if key not in texts:
                raise SystemExit(f"{where}: no such WikiEvents article")
            text = texts[key]
            g = {"id": a["id"], "url": None, "published": a.get("published"), "events": [], "figures": []}
            for kind in ("events", "figures"):
                for i, ev in enumerate(a.get(kind, [])):
                    ev = dict(ev)
                    ev["evidence"] = evidence(text, ev.pop("evidence_spans", []), f"{where} {kind}[{i}]")
                    if check:
                        print(f"{a['id']} {kind}[{i}]: {ev['evidence'][:160]!r}")
                    g[kind].append(ev)
            docs.append({"id": a["id"], "text": text, "published": a.get("published")})
            gold.append(g)
    return docs, gold


def main():
    if len(sys.argv) == 2 and sys.argv[1] == "--check":
        build(True)
        return
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    docs, gold = build(False)
    with open(os.path.join(out, "docs.jsonl"), "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"{len(docs)} articles, {sum(len(g['events']) for g in gold)} events -> {out}")


if __name__ == "__main__":
    main()
