#!/usr/bin/env python3
"""fdiff.py SCANDIR-A SCANDIR-B [app...]: findings removed (-) and added (+) per app, and route counts."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import apps_in, findings, load_scan
a, b = sys.argv[1], sys.argv[2]
apps = sys.argv[3:] or sorted(set(apps_in(a)) | set(apps_in(b)))
for app in apps:
    fa = {i for i, _, _ in findings(a, [app])}; fb = {i for i, _, _ in findings(b, [app])}
    ra = sum(len(x.get('routes', [])) for x in (load_scan(a, app) or {}).get('applications', []))
    rb = sum(len(x.get('routes', [])) for x in (load_scan(b, app) or {}).get('applications', []))
    print('== %s: findings %d -> %d, routes %d -> %d' % (app, len(fa), len(fb), ra, rb))
    for i in sorted(fa - fb): print('  - ' + i)
    for i in sorted(fb - fa): print('  + ' + i)
