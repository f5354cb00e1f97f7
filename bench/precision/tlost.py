#!/usr/bin/env python3
"""tlost.py ITEMS 'VERDICT-GLOB' FINALDIR: judged T or D items the final scan no longer reports."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import findings, load_items, load_verdicts
items = load_items(sys.argv[1]); v = load_verdicts(sys.argv[2])
now = {i for i, _, _ in findings(sys.argv[3])}
for it in items:
    if it['id'] in v and v[it['id']][0] in 'TD' and it['id'] not in now:
        print('%s\t%s\t%s' % (v[it['id']][0], it['id'], v[it['id']][1]))
