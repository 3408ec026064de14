#!/usr/bin/env python3
"""Add the "title" member to every gold line of a check set (xj, xk, xl).

make_checkset.py writes {"id", "lang", "source", "paragraphs"}; this set's
gold also names the page's on-page headline: the text of the headline
paragraph (labelled body; not the <title> line). On every page of xj, xk and xl
the headline is the first body paragraph, so the title is taken from there
and inserted after "lang". Run in the set's directory after make_checkset.py:

    python3 ../make_checkset.py DRAFTDIR && python3 ../add_titles.py

It rewrites gold.jsonl in place and changes nothing else; running it twice
gives the same file.
"""
import json

docs = [json.loads(l) for l in open("gold.jsonl", encoding="utf-8") if l.strip()]
out = []
for d in docs:
    title = next(p["text"] for p in d["paragraphs"] if p["label"] == "body")
    d2 = {"id": d["id"], "lang": d["lang"], "title": title}
    d2.update({k: v for k, v in d.items() if k not in d2})
    out.append(json.dumps(d2, ensure_ascii=False))
with open("gold.jsonl", "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
