#!/usr/bin/env python3
"""score.py ITEMS 'VERDICT-GLOB' [SCANDIR]: T/D/F per rule of the judged items; with SCANDIR only the items
that scan still reports (a judged finding no longer reported drops out; unjudged new findings are counted)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import findings, load_items, load_verdicts
items = load_items(sys.argv[1]); v = load_verdicts(sys.argv[2])
now = None
if len(sys.argv) > 3:
    now = {}
    for i, app, f in findings(sys.argv[3]):
        now[i] = f
rows = {}; unjudged = 0; gone = {}
for it in items:
    if it['id'] not in v:
        unjudged += 1; continue
    if now is not None and it['id'] not in now:
        gone.setdefault(it['rule'], []).append(v[it['id']][0]); continue
    rows.setdefault(it['rule'], {'T': 0, 'D': 0, 'F': 0})[v[it['id']][0]] += 1
tot = {'T': 0, 'D': 0, 'F': 0}
print('| rule | T | D | F | T+D % | dropped (T/D/F) |\n|---|---|---|---|---|---|')
for r in sorted(set(rows) | set(gone)):
    c = rows.get(r, {'T': 0, 'D': 0, 'F': 0}); n = sum(c.values())
    for x in tot: tot[x] += c[x]
    g = gone.get(r, [])
    print('| %s | %d | %d | %d | %s | %s |' % (r, c['T'], c['D'], c['F'], ('%.0f' % (100.0 * (c['T'] + c['D']) / n)) if n else '-',
          '%d/%d/%d' % (g.count('T'), g.count('D'), g.count('F')) if g else ''))
n = sum(tot.values())
print('\nTOTAL %d T / %d D / %d F = %.1f %% T+D over %d judged (unjudged items: %d)' % (tot['T'], tot['D'], tot['F'], 100.0 * (tot['T'] + tot['D']) / max(1, n), n, unjudged))
if now is not None:
    judged = {it['id'] for it in items}
    print('findings in scan not in the sample: %d' % sum(1 for i in now if i not in judged))
