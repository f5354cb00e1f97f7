#!/usr/bin/env python3
"""split.py ITEMS OUTPREFIX K: K item files OUTPREFIX1..K of about equal size, each app kept whole where it
can be (a judge reads one app's code once). Use a prefix outside the verdict files' names."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import load_items
items, prefix, k = load_items(sys.argv[1]), sys.argv[2], int(sys.argv[3])
by_app = {}
for i in items:
    by_app.setdefault(i['app'], []).append(i)
target = (len(items) + k - 1) // k
buckets = [[] for _ in range(k)]
for app in sorted(by_app, key=lambda a: -len(by_app[a])):
    xs = by_app[app]
    while xs:
        b = min(buckets, key=len)
        room = max(1, target - len(b)) if len(xs) > target else len(xs)
        b.extend(xs[:room]); xs = xs[room:]
for n, b in enumerate(buckets, 1):
    with open('%s%d.jsonl' % (prefix, n), 'w') as o:
        for i in b:
            o.write(json.dumps(i) + '\n')
    print('%s%d.jsonl: %d items, apps %s' % (prefix, n, len(b), sorted({i['app'] for i in b})))
