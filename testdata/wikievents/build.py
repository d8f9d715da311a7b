#!/usr/bin/env python3
"""Builds a scorable set from our annotations of WikiEvents articles: the code that
probe-wiki/make.py and probe-holdout5/make.py run on their own folder.

The articles stay in ../shared/data/wikievents (real news: never copied into the
repository). Each set's folder holds only our annotations, ann-*.jsonl, one article a line:

    {"id": "road_ied_8", "split": "dev" | "test", "published": "YYYY-MM-DD" | null,
     "published_note": "...", "events": [...], "figures": [...]}

Each event and figure is in the gold schema of ../shared/spec/EVENTS.md, except that its
evidence is given as "evidence_spans": [[start, end], ...], character offsets into the
article's "text" field. This script resolves them and writes

    OUT/docs.jsonl   {"id", "text", "published"}   (the input to `sitrep extract`)
    OUT/gold.jsonl   the gold file, evidence spans joined by ' [...] '

    python3 make.py OUT            # build
    python3 make.py --raw OUT      # build from the "text" field exactly as stored
    python3 make.py --check        # validate every annotation, print spans

WikiEvents' "text" field lost the line breaks between paragraphs (a headline runs into
its first sentence: "... in SyriaThe desert"); its own sentence list keeps them, as one
character of offset between sentences. By default the build puts a line break back
wherever a sentence of that list begins right after a non-space character, and moves the
evidence offsets with it, so that the reports read as the pages did; --raw keeps the text
glued (a test of robustness to such text, not of reading).
"""
import glob, json, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.environ.get("SHARED", os.path.join(ROOT, "..", "shared"))
HERE = None  # the set's folder, given to main


def breaks(d):
    """Where line breaks go back into d["text"]: the offset of each sentence of
    WikiEvents' list that begins right after a non-space character."""
    text, out, pos = d["text"], [], 0
    for toks, _ in d["sentences"]:
        if not toks:
            continue
        i = text.find(toks[0][0], pos)
        if i < 0:
            continue
        if i > 0 and not text[i - 1].isspace():
            out.append(i)
        pos = i + len(toks[0][0])
    return out


def articles(raw):
    texts = {}
    for split in ("dev", "test"):
        path = os.path.join(SHARED, "data", "wikievents", split + ".jsonl")
        for line in open(path, encoding="utf-8"):
            d = json.loads(line)
            text, ins = d["text"], [] if raw else breaks(d)
            for i in reversed(ins):
                text = text[:i] + "\n" + text[i:]
            texts[(split, d["doc_id"])] = (text, ins)
    return texts


def moved(i, ins, end=False):
    """Offset i of the stored text in the text with line breaks put back."""
    if end:
        return moved(i - 1, ins) + 1 if i > 0 else 0
    return i + sum(1 for p in ins if p <= i)


def evidence(article, spans, where):
    text, ins = article
    parts = []
    for s, e in spans:
        s, e = moved(s, ins), moved(e, ins, end=True)
        if not (0 <= s < e <= len(text)):
            raise SystemExit(f"{where}: span {s}-{e} outside the text ({len(text)} chars)")
        parts.append(text[s:e])
    return " [...] ".join(parts)


def build(check, raw=False):
    texts = articles(raw)
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
            article = texts[key]
            text = article[0]
            g = {"id": a["id"], "url": None, "published": a.get("published"), "events": [], "figures": []}
            for kind in ("events", "figures"):
                for i, ev in enumerate(a.get(kind, [])):
                    ev = dict(ev)
                    ev["evidence"] = evidence(article, ev.pop("evidence_spans", []), f"{where} {kind}[{i}]")
                    if check:
                        print(f"{a['id']} {kind}[{i}]: {ev['evidence'][:160]!r}")
                    g[kind].append(ev)
            docs.append({"id": a["id"], "text": text, "published": a.get("published")})
            gold.append(g)
    return docs, gold


def main(folder):
    global HERE
    HERE = folder
    if len(sys.argv) == 2 and sys.argv[1] == "--check":
        build(True)
        return
    raw = len(sys.argv) == 3 and sys.argv[1] == "--raw"
    if len(sys.argv) != 2 and not raw:
        raise SystemExit(__doc__)
    out = sys.argv[-1]
    os.makedirs(out, exist_ok=True)
    docs, gold = build(False, raw)
    with open(os.path.join(out, "docs.jsonl"), "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"{len(docs)} articles, {sum(len(g['events']) for g in gold)} events -> {out}")

