#!/usr/bin/env python3
"""Strip Markdown link targets and bare URLs from a predictions file.

usage: python3 strip_links.py PRED.json OUT.json

"[text](target)" and "![alt](src)" become their text, "(https://…)" and bare
URLs go: what is left is the words a reader sees, which the benchmark's gold
holds. Score OUT.json with ../../../shared/tools/score.py sh.
"""
import json
import re
import sys


def strip(t):
    t = re.sub(r'!\[([^\]]*)\]\([^)]*\)', r'\1', t)
    t = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', t)
    t = re.sub(r'\(https?://[^)]*\)', '', t)
    return re.sub(r'https?://\S+', '', t)


def walk(v):
    if isinstance(v, dict):
        return {k: walk(x) for k, x in v.items()}
    if isinstance(v, str):
        return strip(v)
    return v


if __name__ == '__main__':
    src, dst = sys.argv[1:3]
    with open(src, encoding='utf-8') as f:
        d = json.load(f)
    with open(dst, 'w', encoding='utf-8') as f:
        json.dump(walk(d), f)
