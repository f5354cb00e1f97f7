#!/usr/bin/env python3
"""fstill.py ITEMS 'VERDICT-GLOB' SCANDIR [RULE-PREFIX]: judged-F items the scan still reports, with the reason."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import findings, load_items, load_verdicts
items = load_items(sys.argv[1]); v = load_verdicts(sys.argv[2])
now = {i for i, _, _ in findings(sys.argv[3])}
pre = sys.argv[4] if len(sys.argv) > 4 else ''
for it in items:
    if it['id'] in v and v[it['id']][0] == 'F' and it['id'] in now and it['rule'].startswith(pre):
        print('%s\t%s' % (it['id'], v[it['id']][1]))
