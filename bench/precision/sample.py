#!/usr/bin/env python3
"""sample.py SCANDIR SETDIR OUT N SEED [exclude-items.jsonl]: up to N findings per rule (every report/*
finding), chosen by a seeded hash of the id, so the first 16 of a rule are a prefix of its first 50:
batch 2 = sample(50) minus sample(16). Each item carries the source lines around the finding."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import findings, load_items

scandir, setdir, out, n, seed = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
exclude = set()
if len(sys.argv) > 6:
    exclude = {i['id'] for i in load_items(sys.argv[6])}
by_rule = {}
for i, app, f in findings(scandir):
    by_rule.setdefault(f['ruleId'], []).append((hashlib.sha256((seed + i).encode()).hexdigest(), i, app, f))

def snippet(app, loc, k=3):
    p = os.path.join(setdir, app, loc['path'])
    try:
        with open(p, errors='replace') as fh:
            lines = fh.read().split('\n')
    except OSError:
        return ''
    a, b = max(0, loc['line'] - 1 - k), min(len(lines), loc['line'] + k)
    return '\n'.join('%5d%s %s' % (j + 1, '>' if j + 1 == loc['line'] else ' ', lines[j][:300]) for j in range(a, b))

count = 0
with open(out, 'w') as o:
    for rule in sorted(by_rule):
        xs = sorted(by_rule[rule], key=lambda x: (x[0], x[1]))
        if not rule.startswith('report/'):
            xs = xs[:n]
        seen = set()
        for _, i, app, f in xs:
            if i in exclude or i in seen:
                continue
            seen.add(i)
            if False:
                continue
            item = {'id': i, 'rule': rule, 'app': app, 'level': f['level'], 'path': f['location']['path'],
                    'line': f['location']['line'], 'col': f['location']['column'], 'message': f['message'],
                    'fix': f.get('fix', ''), 'related': f.get('related', []), 'flow': f.get('flow', []),
                    'properties': f.get('properties', {}), 'snippet': snippet(app, f['location'])}
            o.write(json.dumps(item) + '\n')
            count += 1
print('%d items, %d rules' % (count, len(by_rule)))
