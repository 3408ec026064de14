#!/usr/bin/env python3
"""Write the pages and gold.jsonl of a check set (xa, xb) from drafts.

A draft (DRAFTDIR/<lang>-<n>.draft) holds one paragraph per line as
"label<TAB>text" (or a space
for the tab); blank lines separate blocks, as on the page (lines of one
block without a blank line between them stay one block on the page, one gold
paragraph each). Text is normalised as stages/normalize does: NFC, Unicode
spaces (tabs, no-break, ideographic) to one ASCII space, lines trimmed.

usage: python3 ../make_checkset.py DRAFTDIR   (run in the set's directory,
e.g. bench/testdata/xa; the directory's name prefixes the ids: "xa-de-1")
"""
import glob, json, os, re, sys, unicodedata

LABELS = {"body", "bio", "promo", "comment", "chrome"}
ORDER = ["de", "es", "fr", "pl", "zh", "it", "pt", "nl", "cs", "sv", "ru"]


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = "".join(" " if (c.isspace() or unicodedata.category(c) == "Zs") else c for c in s)
    s = "".join(c for c in s if unicodedata.category(c) not in ("Cc", "Cf"))
    return re.sub(" +", " ", s).strip()


def key(path):
    lang, n = os.path.basename(path)[:-6].split("-")
    return (ORDER.index(lang) if lang in ORDER else 99, lang, int(n))


def main(draftdir):
    prefix = os.path.basename(os.getcwd())
    lines_out = []
    for path in sorted(glob.glob(os.path.join(draftdir, "*.draft")), key=key):
        name = os.path.basename(path)[:-6]
        lang = name.split("-")[0]
        blocks, cur, paras = [], [], []
        for n, raw in enumerate(open(path, encoding="utf-8").read().split("\n"), 1):
            if not raw.strip():
                if cur:
                    blocks.append(cur)
                    cur = []
                continue
            label, sep, text = raw.partition("\t")
            if not sep:  # a space after the label will do too
                label, sep, text = raw.partition(" ")
            if not sep or label not in LABELS:
                sys.exit(f"{path}:{n}: bad line {raw!r}")
            text = norm(text)
            cur.append(text)
            paras.append({"text": text, "label": label})
        if cur:
            blocks.append(cur)
        with open(f"pages/{name}.txt", "w", encoding="utf-8") as f:
            f.write("\n\n".join("\n".join(b) for b in blocks) + "\n")
        doc = {"id": f"{prefix}-{name}", "lang": lang, "source": f"pages/{name}.txt", "paragraphs": paras}
        lines_out.append(json.dumps(doc, ensure_ascii=False))
        c = {l: sum(p["label"] == l for p in paras) for l in sorted(LABELS)}
        print(name, len(paras), c, file=sys.stderr)
    with open("gold.jsonl", "w", encoding="utf-8") as f:
        f.write("\n".join(lines_out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
